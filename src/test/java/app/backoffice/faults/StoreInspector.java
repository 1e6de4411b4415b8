package app.backoffice.faults;

import app.backoffice.auth.RecoveryCodes;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.AuditSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;

/**
 * Reads a store file over plain JDBC, read-only, and lists everything that is not as the services
 * leave it: damage, half-enrolled accounts, incomplete sets of recovery codes, a broken audit log,
 * and state that disagrees with the audit log's account of it.
 */
final class StoreInspector {

  private static final Pattern LEFT = Pattern.compile("(\\d+) left");
  private static final Set<String> EVENTS =
      Arrays.stream(AuditEvent.values()).map(Enum::name).collect(Collectors.toSet());
  private static final Set<String> SOURCES =
      Arrays.stream(AuditSource.values()).map(AuditSource::code).collect(Collectors.toSet());

  /**
   * What was found.
   *
   * @param backwardSteps audit rows whose time is before the row before them: none where one clock
   *     that never goes back wrote the whole log
   */
  record Inspection(
      List<String> problems,
      long users,
      long recoveryCodes,
      long auditRows,
      long backwardSteps,
      Map<String, Long> auditCounts,
      Map<String, Throttle> throttle,
      Map<String, StoredAccount> accounts) {

    /** Every row looked at. */
    long records() {
      return users + recoveryCodes + throttle.size() + auditRows;
    }
  }

  /** A user's 2FA flag and password hash, to compare with what a program said it did. */
  record StoredAccount(boolean twoFactor, String passwordHash) {}

  /** An email's row in the throttle table. */
  record Throttle(long failures, long locks, boolean lockedUntilSet) {}

  private record UserRow(
      long id,
      String email,
      String passwordHash,
      boolean secret,
      Optional<Long> enabledAt,
      boolean lastStep,
      long createdAt,
      long passwordChangedAt) {}

  private record CodeRow(long userId, Optional<Long> usedAt) {}

  /** What the audit log says about one user, read in order. */
  private static final class History {
    Optional<String> lastTwoFactorEvent = Optional.empty();
    long lastEnabledAt;
    Optional<Long> lastPasswordChangeAt = Optional.empty();
    long recoveryCodesUsed;
    Optional<Integer> lastLeft = Optional.empty();
  }

  private final List<String> problems = new ArrayList<>();
  private final Map<Long, History> histories = new HashMap<>();
  private final Map<String, Long> auditCounts = new HashMap<>();
  private long auditRows;
  private long backwardSteps;

  private StoreInspector() {}

  static Inspection inspect(Path storeFile) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    try (Connection connection = config.createConnection("jdbc:sqlite:" + storeFile);
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      return new StoreInspector().run(statement);
    }
  }

  private Inspection run(Statement statement) throws SQLException {
    checkIntegrity(statement);
    Map<Long, UserRow> users = users(statement);
    List<CodeRow> codes = codes(statement);
    readAudit(statement, users);
    Map<String, Throttle> throttle = throttle(statement);
    for (UserRow user : users.values()) {
      checkUser(user, codes);
    }
    return new Inspection(
        List.copyOf(problems),
        users.size(),
        codes.size(),
        auditRows,
        backwardSteps,
        Map.copyOf(auditCounts),
        throttle,
        users.values().stream()
            .collect(
                Collectors.toMap(
                    UserRow::email,
                    user -> new StoredAccount(user.enabledAt().isPresent(), user.passwordHash()))));
  }

  private void checkIntegrity(Statement statement) throws SQLException {
    List<String> integrity = column(statement, "PRAGMA integrity_check");
    if (!integrity.equals(List.of("ok"))) {
      problems.add("integrity_check: " + integrity);
    }
    List<String> foreignKeys = column(statement, "PRAGMA foreign_key_check");
    if (!foreignKeys.isEmpty()) {
      problems.add("foreign_key_check: " + foreignKeys);
    }
  }

  private static List<String> column(Statement statement, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static Map<Long, UserRow> users(Statement statement) throws SQLException {
    Map<Long, UserRow> users = new HashMap<>();
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT id, email, password_hash, totp_secret IS NOT NULL AS secret,"
                + " two_factor_enabled_at,"
                + " last_totp_step IS NOT NULL AS step, created_at, password_changed_at"
                + " FROM users")) {
      while (rows.next()) {
        long enabledAt = rows.getLong("two_factor_enabled_at");
        boolean enrolled = !rows.wasNull();
        UserRow user =
            new UserRow(
                rows.getLong("id"),
                rows.getString("email"),
                rows.getString("password_hash"),
                rows.getBoolean("secret"),
                enrolled ? Optional.of(enabledAt) : Optional.empty(),
                rows.getBoolean("step"),
                rows.getLong("created_at"),
                rows.getLong("password_changed_at"));
        users.put(user.id(), user);
      }
    }
    return users;
  }

  private static List<CodeRow> codes(Statement statement) throws SQLException {
    List<CodeRow> codes = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery("SELECT user_id, used_at FROM recovery_codes")) {
      while (rows.next()) {
        long usedAt = rows.getLong("used_at");
        Optional<Long> used = rows.wasNull() ? Optional.empty() : Optional.of(usedAt);
        codes.add(new CodeRow(rows.getLong("user_id"), used));
      }
    }
    return codes;
  }

  private void readAudit(Statement statement, Map<Long, UserRow> users) throws SQLException {
    long previousId = 0;
    long previousAt = Long.MIN_VALUE;
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT id, at, event, email, user_id, source, host, detail FROM audit_log"
                + " ORDER BY id")) {
      while (rows.next()) {
        auditRows++;
        long id = rows.getLong("id");
        long at = rows.getLong("at");
        if (id != previousId + 1) {
          problems.add("audit ids jump from " + previousId + " to " + id);
        }
        if (at < previousAt) {
          backwardSteps++;
        }
        previousId = id;
        previousAt = at;
        readAuditRow(rows, id, at, users);
      }
    }
  }

  private void readAuditRow(ResultSet row, long id, long at, Map<Long, UserRow> users)
      throws SQLException {
    String event = row.getString("event");
    String email = row.getString("email");
    long userId = row.getLong("user_id");
    boolean hasUser = !row.wasNull();
    boolean wellFormed =
        at > 0
            && EVENTS.contains(event)
            && email != null
            && !email.isBlank()
            && SOURCES.contains(row.getString("source"))
            && row.getString("host") != null
            && !row.getString("host").isBlank()
            && row.getString("detail") != null
            && (!hasUser || users.containsKey(userId));
    if (!wellFormed) {
      problems.add("audit row " + id + " is malformed");
      return;
    }
    auditCounts.merge(Tally.key(email, AuditEvent.valueOf(event)), 1L, Long::sum);
    if (hasUser) {
      History history = histories.computeIfAbsent(userId, ignored -> new History());
      follow(history, event, at, row.getString("detail"), id);
    }
  }

  private void follow(History history, String event, long at, String detail, long id) {
    switch (AuditEvent.valueOf(event)) {
      case TWO_FACTOR_ENABLED -> {
        history.lastTwoFactorEvent = Optional.of(event);
        history.lastEnabledAt = at;
        history.recoveryCodesUsed = 0;
        history.lastLeft = Optional.empty();
      }
      case TWO_FACTOR_DISABLED, TWO_FACTOR_RESET -> {
        history.lastTwoFactorEvent = Optional.of(event);
        history.recoveryCodesUsed = 0;
        history.lastLeft = Optional.empty();
      }
      case RECOVERY_CODES_REGENERATED -> {
        history.recoveryCodesUsed = 0;
        history.lastLeft = Optional.empty();
      }
      case RECOVERY_CODE_USED -> {
        history.recoveryCodesUsed++;
        Matcher left = LEFT.matcher(detail);
        if (!left.matches()) {
          problems.add("audit row " + id + " does not say how many recovery codes are left");
        }
        history.lastLeft = Optional.of(left.matches() ? Integer.parseInt(left.group(1)) : -1);
      }
      case PASSWORD_CHANGED -> history.lastPasswordChangeAt = Optional.of(at);
      default -> {}
    }
  }

  private Map<String, Throttle> throttle(Statement statement) throws SQLException {
    Map<String, Throttle> throttle = new HashMap<>();
    try (ResultSet rows =
        statement.executeQuery("SELECT email, failures, locks, locked_until FROM throttle")) {
      while (rows.next()) {
        String email = rows.getString("email");
        rows.getLong("locked_until");
        boolean locked = !rows.wasNull();
        Throttle row = new Throttle(rows.getLong("failures"), rows.getLong("locks"), locked);
        if (row.failures() < 0 || row.locks() < 0) {
          problems.add("negative throttle counts for " + email);
        }
        throttle.put(email, row);
      }
    }
    return Map.copyOf(throttle);
  }

  private void checkUser(UserRow user, List<CodeRow> allCodes) {
    boolean enrolled = user.enabledAt().isPresent();
    List<CodeRow> codes = allCodes.stream().filter(code -> code.userId() == user.id()).toList();
    long used = codes.stream().filter(code -> code.usedAt().isPresent()).count();
    History history = histories.getOrDefault(user.id(), new History());
    String who = "user " + user.email();
    if (user.secret() != enrolled || user.lastStep() != enrolled) {
      problems.add(who + " is half-enrolled");
    }
    if (codes.size() != (enrolled ? RecoveryCodes.COUNT : 0)) {
      problems.add(who + " has " + codes.size() + " recovery codes, 2FA " + onOff(enrolled));
    }
    boolean auditSaysEnrolled =
        history.lastTwoFactorEvent.equals(Optional.of("TWO_FACTOR_ENABLED"));
    if (auditSaysEnrolled != enrolled
        || (enrolled && user.enabledAt().get() != history.lastEnabledAt)) {
      problems.add(who + " has 2FA " + onOff(enrolled) + ", the audit log says otherwise");
    }
    if (used != history.recoveryCodesUsed) {
      problems.add(who + " has " + used + " used recovery codes, the audit log says otherwise");
    }
    if (history.lastLeft.filter(left -> left != codes.size() - used).isPresent()) {
      problems.add(who + " has " + (codes.size() - used) + " recovery codes left, not as audited");
    }
    long changed = history.lastPasswordChangeAt.orElse(user.createdAt());
    if (user.passwordChangedAt() != changed) {
      problems.add(who + " changed the password at another time than audited");
    }
  }

  private static String onOff(boolean on) {
    return on ? "on" : "off";
  }
}
