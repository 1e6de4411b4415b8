package app.backoffice.store.sqlite;

import app.backoffice.store.DuplicateEmailException;
import app.backoffice.store.LookAlikeEmailException;
import app.backoffice.store.NewUser;
import app.backoffice.store.Role;
import app.backoffice.store.StoreException;
import app.backoffice.store.StoreException.Problem;
import app.backoffice.store.User;
import app.backoffice.store.UserRepository;
import app.backoffice.text.Confusables;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Users in SQLite. Secrets pass through the cipher on their way in and out. */
final class SqliteUserRepository implements UserRepository {

  private static final String COLUMNS =
      "id, email, password_hash, role, disabled, created_at, password_changed_at,"
          + " two_factor_enabled_at, last_totp_step";

  /** The schema version that keeps each user's email skeleton. */
  static final int SKELETONS_VERSION = 3;

  private final Jdbc jdbc;
  private final Optional<SecretCipher> cipher;
  private final Path keyFile;
  private final boolean keepsSkeletons;

  /**
   * @param schemaVersion the store's schema version: only upgrade tests open one older than {@link
   *     #SKELETONS_VERSION}, which has no skeletons
   */
  SqliteUserRepository(Jdbc jdbc, Optional<SecretCipher> cipher, Path keyFile, int schemaVersion) {
    this.keyFile = keyFile;
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.keepsSkeletons = schemaVersion >= SKELETONS_VERSION;
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return jdbc.queryOne("SELECT " + COLUMNS + " FROM users WHERE email = ?", this::user, email);
  }

  @Override
  public Optional<User> findLookAlike(String email) {
    return jdbc.queryOne(
        "SELECT " + COLUMNS + " FROM users WHERE email_skeleton = ?",
        this::user,
        Confusables.skeleton(email));
  }

  @Override
  public Optional<User> findById(long id) {
    return jdbc.queryOne("SELECT " + COLUMNS + " FROM users WHERE id = ?", this::user, id);
  }

  @Override
  public Optional<String> totpSecret(long id) {
    return jdbc.queryOne(
            "SELECT totp_secret FROM users WHERE id = ? AND totp_secret IS NOT NULL",
            row -> row.getBytes("totp_secret"),
            id)
        .map(ciphertext -> openSecret(id, ciphertext));
  }

  @Override
  public List<User> list() {
    return jdbc.query("SELECT " + COLUMNS + " FROM users ORDER BY email", this::user);
  }

  @Override
  public long count() {
    return jdbc.queryLong("SELECT count(*) FROM users");
  }

  @Override
  public User insert(NewUser user) {
    long now = user.createdAt().toEpochMilli();
    String columns = "email, password_hash, role, created_at, password_changed_at";
    List<Object> values =
        new ArrayList<>(List.of(user.email(), user.passwordHash(), user.role().code(), now, now));
    if (keepsSkeletons) {
      columns += ", email_skeleton";
      values.add(Confusables.skeleton(user.email()));
    }
    String placeholders = String.join(", ", Collections.nCopies(values.size(), "?"));
    try {
      long id =
          jdbc.insert(
              "INSERT INTO users (" + columns + ") VALUES (" + placeholders + ")",
              values.toArray());
      return findById(id).orElseThrow();
    } catch (Jdbc.SqlFailure e) {
      if (!isUniqueViolation(e.sqlException())) {
        throw e;
      }
      // SQLite undoes only the failed statement, so the transaction can still be asked which of
      // the two unique columns refused it.
      if (findByEmail(user.email()).isPresent()) {
        throw new DuplicateEmailException(user.email());
      }
      throw new LookAlikeEmailException(user.email());
    }
  }

  @Override
  public void updatePassword(long id, String passwordHash, Instant changedAt) {
    jdbc.update(
        "UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?",
        passwordHash,
        changedAt.toEpochMilli(),
        id);
  }

  @Override
  public boolean replacePassword(
      long id, String expectedHash, String passwordHash, Instant changedAt) {
    return jdbc.update(
            "UPDATE users SET password_hash = ?, password_changed_at = ?"
                + " WHERE id = ? AND password_hash = ?",
            passwordHash,
            changedAt.toEpochMilli(),
            id,
            expectedHash)
        == 1;
  }

  @Override
  public void enableTwoFactor(long id, String totpSecret, Instant enabledAt, long lastTotpStep) {
    jdbc.update(
        "UPDATE users SET totp_secret = ?, two_factor_enabled_at = ?, last_totp_step = ?"
            + " WHERE id = ?",
        sealWithCurrentKey(id, totpSecret),
        enabledAt.toEpochMilli(),
        lastTotpStep,
        id);
  }

  @Override
  public void disableTwoFactor(long id) {
    jdbc.update(
        "UPDATE users SET totp_secret = NULL, two_factor_enabled_at = NULL, last_totp_step = NULL"
            + " WHERE id = ?",
        id);
  }

  @Override
  public void updateLastTotpStep(long id, long step) {
    jdbc.update("UPDATE users SET last_totp_step = ? WHERE id = ?", step, id);
  }

  @Override
  public void setDisabled(long id, boolean disabled) {
    jdbc.update("UPDATE users SET disabled = ? WHERE id = ?", disabled ? 1 : 0, id);
  }

  /**
   * The users whose stored skeleton is not what this build computes: those added before skeletons
   * were kept, and all whose skeleton a build with a different table of look-alikes would change.
   * When two users' emails look the same, which only users added before skeletons were kept can,
   * the older one keeps the skeleton and the newer one has none.
   */
  List<StaleSkeleton> staleSkeletons() {
    Map<String, String> claimedBy = new HashMap<>();
    List<StaleSkeleton> stale = new ArrayList<>();
    List<StoredSkeleton> stored =
        jdbc.query(
            "SELECT id, email, email_skeleton FROM users ORDER BY id",
            row ->
                new StoredSkeleton(
                    row.getLong("id"),
                    row.getString("email"),
                    Optional.ofNullable(row.getString("email_skeleton"))));
    for (StoredSkeleton user : stored) {
      String skeleton = Confusables.skeleton(user.email());
      Optional<String> lookAlikeOf =
          Optional.ofNullable(claimedBy.putIfAbsent(skeleton, user.email()));
      Optional<String> due = lookAlikeOf.isPresent() ? Optional.empty() : Optional.of(skeleton);
      if (!due.equals(user.skeleton())) {
        stale.add(new StaleSkeleton(user.id(), user.email(), due, lookAlikeOf));
      }
    }
    return stale;
  }

  /** The version of the rules that computed the stored skeletons; 0 when none did yet. */
  int skeletonRulesVersion() {
    return jdbc.queryOne("SELECT version FROM email_skeleton_rules", row -> row.getInt("version"))
        .orElse(0);
  }

  /** Records that the stored skeletons are those of the rules' {@code version}. */
  void recordSkeletonRules(int version) {
    jdbc.update("DELETE FROM email_skeleton_rules");
    jdbc.update("INSERT INTO email_skeleton_rules (version) VALUES (?)", version);
  }

  /** Writes the skeletons that {@link #staleSkeletons()} found out of date. */
  void rewriteSkeletons(List<StaleSkeleton> stale) {
    // Clear them all first: two users may trade skeletons, and the unique index checks each
    // statement on its own.
    for (StaleSkeleton user : stale) {
      jdbc.update("UPDATE users SET email_skeleton = NULL WHERE id = ?", user.id());
    }
    for (StaleSkeleton user : stale) {
      user.due()
          .ifPresent(
              skeleton ->
                  jdbc.update(
                      "UPDATE users SET email_skeleton = ? WHERE id = ?", skeleton, user.id()));
    }
  }

  /**
   * A user whose skeleton is out of date: the one it should have, or none when its email looks the
   * same as the older user's {@code lookAlikeOf}.
   */
  record StaleSkeleton(long id, String email, Optional<String> due, Optional<String> lookAlikeOf) {}

  private record StoredSkeleton(long id, String email, Optional<String> skeleton) {}

  private User user(ResultSet row) throws SQLException {
    return new User(
        row.getLong("id"),
        row.getString("email"),
        row.getString("password_hash"),
        Role.fromCode(row.getString("role")).orElseThrow(),
        row.getInt("disabled") != 0,
        Instant.ofEpochMilli(row.getLong("created_at")),
        Instant.ofEpochMilli(row.getLong("password_changed_at")),
        Jdbc.nullableLong(row, "two_factor_enabled_at").map(Instant::ofEpochMilli),
        Jdbc.nullableLong(row, "last_totp_step")
            .map(OptionalLong::of)
            .orElseGet(OptionalLong::empty));
  }

  private byte[] sealWithCurrentKey(long id, String totpSecret) {
    SecretCipher current = cipher();
    KeyFile.confirm(keyFile, current);
    return current.seal(id, totpSecret);
  }

  private SecretCipher cipher() {
    return cipher.orElseThrow(
        () ->
            new StoreException(
                Problem.KEY_MISSING,
                "The store was opened without its key file, so two-factor secrets cannot be read"
                    + " or written."));
  }

  private String openSecret(long userId, byte[] ciphertext) {
    try {
      return cipher().open(userId, ciphertext);
    } catch (SecretCipher.WrongKeyException e) {
      throw new StoreException(
          Problem.KEY_WRONG,
          "The two-factor secret of user "
              + userId
              + " does not decrypt with the key file: restore the key file that belongs to this"
              + " store, or switch this user's 2FA off with 'backoffice user reset-2fa'.",
          e);
    }
  }

  private static boolean isUniqueViolation(SQLException e) {
    return e instanceof SQLiteException sqlite
        && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
  }
}
