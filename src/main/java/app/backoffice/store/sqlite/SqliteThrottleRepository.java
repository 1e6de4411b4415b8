package app.backoffice.store.sqlite;

import app.backoffice.store.ThrottleRepository;
import app.backoffice.store.ThrottleState;
import java.time.Instant;
import java.util.Optional;

/** Failed-attempt counters in SQLite. */
final class SqliteThrottleRepository implements ThrottleRepository {

  private final Jdbc jdbc;

  SqliteThrottleRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<ThrottleState> find(String email) {
    return jdbc.queryOne(
        "SELECT failures, locks, locked_until FROM throttle WHERE email = ?",
        row ->
            new ThrottleState(
                row.getInt("failures"),
                row.getInt("locks"),
                Jdbc.nullableLong(row, "locked_until").map(Instant::ofEpochMilli)),
        email);
  }

  @Override
  public void save(String email, ThrottleState state) {
    jdbc.update(
        "INSERT INTO throttle (email, failures, locks, locked_until) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (email) DO UPDATE SET failures = excluded.failures,"
            + " locks = excluded.locks, locked_until = excluded.locked_until",
        email,
        state.failures(),
        state.locks(),
        state.lockedUntil().map(Instant::toEpochMilli).orElse(null));
  }

  @Override
  public void clear(String email) {
    jdbc.update("DELETE FROM throttle WHERE email = ?", email);
  }
}
