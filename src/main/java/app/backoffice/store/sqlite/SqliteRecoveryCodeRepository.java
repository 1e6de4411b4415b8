package app.backoffice.store.sqlite;

import app.backoffice.store.HashedRecoveryCode;
import app.backoffice.store.RecoveryCodeRepository;
import app.backoffice.store.StoredRecoveryCode;
import java.time.Instant;
import java.util.List;

/** Recovery code hashes in SQLite. */
final class SqliteRecoveryCodeRepository implements RecoveryCodeRepository {

  private final Jdbc jdbc;

  SqliteRecoveryCodeRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void replaceAll(long userId, List<HashedRecoveryCode> codes) {
    deleteAll(userId);
    for (HashedRecoveryCode code : codes) {
      jdbc.update(
          "INSERT INTO recovery_codes (user_id, salt, hash) VALUES (?, ?, ?)",
          userId,
          code.salt(),
          code.hash());
    }
  }

  @Override
  public List<StoredRecoveryCode> unused(long userId) {
    return jdbc.query(
        "SELECT id, salt, hash FROM recovery_codes WHERE user_id = ? AND used_at IS NULL"
            + " ORDER BY id",
        row ->
            new StoredRecoveryCode(
                row.getLong("id"),
                new HashedRecoveryCode(row.getBytes("salt"), row.getBytes("hash"))),
        userId);
  }

  @Override
  public int countUnused(long userId) {
    return (int)
        jdbc.queryLong(
            "SELECT count(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL", userId);
  }

  @Override
  public boolean markUsed(long codeId, Instant usedAt) {
    return jdbc.update(
            "UPDATE recovery_codes SET used_at = ? WHERE id = ? AND used_at IS NULL",
            usedAt.toEpochMilli(),
            codeId)
        == 1;
  }

  @Override
  public void deleteAll(long userId) {
    jdbc.update("DELETE FROM recovery_codes WHERE user_id = ?", userId);
  }
}
