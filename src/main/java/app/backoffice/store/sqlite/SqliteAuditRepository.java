package app.backoffice.store.sqlite;

import app.backoffice.store.AuditEntry;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.AuditQuery;
import app.backoffice.store.AuditRepository;
import app.backoffice.store.AuditSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** The audit log in SQLite. */
final class SqliteAuditRepository implements AuditRepository {

  private final Jdbc jdbc;

  SqliteAuditRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void append(AuditEntry entry) {
    jdbc.update(
        "INSERT INTO audit_log (at, event, email, user_id, source, host, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
        entry.at().toEpochMilli(),
        entry.event().name(),
        entry.email(),
        entry.userId().isPresent() ? entry.userId().getAsLong() : null,
        entry.source().code(),
        entry.host(),
        entry.detail());
  }

  @Override
  public List<AuditEntry> query(AuditQuery query) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT at, event, email, user_id, source, host, detail FROM audit_log WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    query
        .email()
        .ifPresent(
            email -> {
              sql.append(" AND email = ?");
              parameters.add(email);
            });
    query
        .since()
        .ifPresent(
            since -> {
              sql.append(" AND at >= ?");
              parameters.add(since.toEpochMilli());
            });
    sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
    parameters.add(query.limit());
    return jdbc.query(sql.toString(), SqliteAuditRepository::entry, parameters.toArray());
  }

  @Override
  public Optional<Instant> lastSignInBefore(long userId, Instant before) {
    return jdbc.queryOne(
            "SELECT max(at) FROM audit_log WHERE user_id = ? AND event = ? AND at < ?",
            row -> Jdbc.nullableLong(row, "max(at)").map(Instant::ofEpochMilli),
            userId,
            AuditEvent.SIGN_IN_SUCCEEDED.name(),
            before.toEpochMilli())
        .flatMap(at -> at);
  }

  private static AuditEntry entry(ResultSet row) throws SQLException {
    return new AuditEntry(
        Instant.ofEpochMilli(row.getLong("at")),
        AuditEvent.valueOf(row.getString("event")),
        row.getString("email"),
        Jdbc.nullableLong(row, "user_id").map(OptionalLong::of).orElseGet(OptionalLong::empty),
        AuditSource.valueOf(row.getString("source").toUpperCase(Locale.ROOT)),
        row.getString("host"),
        row.getString("detail"));
  }
}
