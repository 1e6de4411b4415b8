package app.backoffice.store.sqlite;

import app.backoffice.store.DuplicateEmailException;
import app.backoffice.store.NewUser;
import app.backoffice.store.Role;
import app.backoffice.store.StoreException;
import app.backoffice.store.StoreException.Problem;
import app.backoffice.store.User;
import app.backoffice.store.UserRepository;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Users in SQLite. Secrets pass through the cipher on their way in and out. */
final class SqliteUserRepository implements UserRepository {

  private static final String COLUMNS =
      "id, email, password_hash, role, disabled, created_at, password_changed_at,"
          + " two_factor_enabled_at, last_totp_step";

  private final Jdbc jdbc;
  private final Optional<SecretCipher> cipher;
  private final Path keyFile;

  SqliteUserRepository(Jdbc jdbc, Optional<SecretCipher> cipher, Path keyFile) {
    this.keyFile = keyFile;
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  @Override
  public Optional<User> findByEmail(String email) {
    return jdbc.queryOne("SELECT " + COLUMNS + " FROM users WHERE email = ?", this::user, email);
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
    try {
      long id =
          jdbc.insert(
              "INSERT INTO users (email, password_hash, role, created_at, password_changed_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              user.email(),
              user.passwordHash(),
              user.role().code(),
              now,
              now);
      return findById(id).orElseThrow();
    } catch (Jdbc.SqlFailure e) {
      if (isUniqueViolation(e.sqlException())) {
        throw new DuplicateEmailException(user.email());
      }
      throw e;
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
