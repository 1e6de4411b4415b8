package app.backoffice.store.sqlite;

import app.backoffice.store.AuditRepository;
import app.backoffice.store.RecoveryCodeRepository;
import app.backoffice.store.Repositories;
import app.backoffice.store.Store;
import app.backoffice.store.StoreException;
import app.backoffice.store.StoreException.Problem;
import app.backoffice.store.ThrottleRepository;
import app.backoffice.store.UserRepository;
import app.backoffice.store.sqlite.SqliteUserRepository.StaleSkeleton;
import app.backoffice.text.Confusables;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The user store in one SQLite file, {@code backoffice.db}, with the key for TOTP secrets in {@code
 * secret.key} beside it.
 *
 * <p>One connection serves the whole process, one unit of work at a time. Other processes may open
 * the same file: write-ahead logging lets them read while one writes, and a writer waits up to five
 * seconds for another to finish.
 */
public final class SqliteStore implements Store {

  public static final String FILE_NAME = "backoffice.db";
  static final int BUSY_TIMEOUT_MILLIS = 5_000;

  private static final System.Logger LOG = System.getLogger(SqliteStore.class.getName());

  private final Path file;
  private final Connection connection;
  private final Jdbc jdbc;
  private final SqliteRepositories repositories;
  private final ReentrantLock lock = new ReentrantLock();
  private final Checkpointer checkpointer;

  private SqliteStore(
      Path file,
      Connection connection,
      Checkpointer checkpointer,
      Optional<SecretCipher> cipher,
      Path keyFile,
      int schemaVersion) {
    this.file = file;
    this.connection = connection;
    this.checkpointer = checkpointer;
    this.jdbc = new Jdbc(connection);
    this.repositories = new SqliteRepositories(jdbc, cipher, keyFile, schemaVersion);
  }

  /**
   * Opens the store in a data directory, creating it and its key on first use and bringing an older
   * schema up to date.
   *
   * <p>A file that is not a Back Office store, is damaged, or comes from a newer version is never
   * modified: the {@link StoreException} says what is wrong and what to do.
   */
  public static SqliteStore open(Path directory, SecureRandom random) {
    return open(directory, random, Migrations.load(), Integer.MAX_VALUE, true);
  }

  /**
   * Opens the store without its key file, for the one repair that needs no key: switching 2FA off
   * after the key was lost. Reading or writing a TOTP secret through this store fails.
   */
  public static SqliteStore openWithoutKey(Path directory, SecureRandom random) {
    return open(directory, random, Migrations.load(), Integer.MAX_VALUE, false);
  }

  /** Opens the store, migrating no further than {@code targetVersion}: for upgrade tests. */
  static SqliteStore open(
      Path directory, SecureRandom random, Migrations migrations, int targetVersion) {
    return open(directory, random, migrations, targetVersion, true);
  }

  private static SqliteStore open(
      Path directory,
      SecureRandom random,
      Migrations migrations,
      int targetVersion,
      boolean withKey) {
    Path file = directory.resolve(FILE_NAME);
    int version = StoreFile.inspect(file, migrations.latest());
    Connection connection = connect(file);
    try {
      Jdbc jdbc = new Jdbc(connection);
      Optional<SecretCipher> cipher =
          withKey
              ? Optional.of(
                  new SecretCipher(
                      loadKey(directory.resolve(KeyFile.NAME), file, jdbc, version, random),
                      random))
              : Optional.empty();
      int target = Math.min(targetVersion, migrations.latest());
      migrate(connection, migrations, target, file);
      execute(connection, file, "PRAGMA wal_autocheckpoint = 0");
      LOG.log(System.Logger.Level.DEBUG, "Opened store {0} at schema version {1}", file, version);
      int schemaVersion = Math.max(version, target);
      SqliteStore store =
          new SqliteStore(
              file,
              connection,
              new Checkpointer(connect(file)),
              cipher,
              directory.resolve(KeyFile.NAME),
              schemaVersion);
      if (schemaVersion >= SqliteUserRepository.SKELETONS_VERSION) {
        store.refreshEmailSkeletons();
      }
      return store;
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  private static Connection connect(Path file) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    config.enforceForeignKeys(true);
    // NORMAL is safe in WAL mode: a killed process loses nothing it committed; only a power cut
    // may drop the very last transactions, and never corrupts the file.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    try {
      return config.createConnection("jdbc:sqlite:" + file);
    } catch (SQLException e) {
      throw translate(file, e);
    }
  }

  private static void execute(Connection connection, Path file, String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw translate(file, e);
    }
  }

  private static byte[] loadKey(
      Path keyFile, Path file, Jdbc jdbc, int version, SecureRandom random) {
    Optional<byte[]> key = KeyFile.read(keyFile);
    Optional<SealedSecret> anySecret = version >= 1 ? anySecret(jdbc, file) : Optional.empty();
    if (key.isEmpty()) {
      if (anySecret.isPresent()) {
        throw new StoreException(
            Problem.KEY_MISSING,
            "The key file "
                + keyFile
                + " is missing, but the store holds two-factor secrets that need it: restore it"
                + " from a backup, or if it is lost, switch 2FA off for everyone with"
                + " 'backoffice user reset-2fa --all' and let users enrol again.");
      }
      return KeyFile.create(keyFile, random);
    }
    anySecret.ifPresent(secret -> checkKey(keyFile, key.get(), secret, random));
    return key.get();
  }

  private static Optional<SealedSecret> anySecret(Jdbc jdbc, Path file) {
    try {
      return jdbc.queryOne(
          "SELECT id, totp_secret FROM users WHERE totp_secret IS NOT NULL LIMIT 1",
          row -> new SealedSecret(row.getLong("id"), row.getBytes("totp_secret")));
    } catch (Jdbc.SqlFailure e) {
      throw translate(file, e.sqlException());
    }
  }

  private static void checkKey(Path keyFile, byte[] key, SealedSecret secret, SecureRandom random) {
    try {
      new SecretCipher(key, random).open(secret.userId(), secret.ciphertext());
    } catch (SecretCipher.WrongKeyException e) {
      throw new StoreException(
          Problem.KEY_WRONG,
          "The key file "
              + keyFile
              + " does not belong to this store, as the two-factor secrets do not decrypt with"
              + " it: restore the key file that was created with the store, or if it is lost,"
              + " switch 2FA off for everyone with 'backoffice user reset-2fa --all'.",
          e);
    }
  }

  private static void migrate(
      Connection connection, Migrations migrations, int targetVersion, Path file) {
    try (Statement statement = connection.createStatement()) {
      if (userVersion(statement) >= targetVersion) {
        // Up to date: no need to wait for the write lock, which a busy writer may hold.
        return;
      }
      statement.execute("BEGIN IMMEDIATE");
      try {
        // Read the version again inside the write lock: another process may have migrated
        // meanwhile.
        int version = userVersion(statement);
        for (int next = version + 1; next <= targetVersion; next++) {
          for (String sql : migrations.statements(next)) {
            statement.execute(sql);
          }
          statement.execute("PRAGMA user_version = " + next);
          LOG.log(System.Logger.Level.INFO, "Migrated store {0} to schema version {1}", file, next);
        }
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        statement.execute("ROLLBACK");
        throw e;
      }
    } catch (SQLException e) {
      throw translate(file, e);
    }
  }

  /**
   * Gives users their email skeletons where they lack them or other rules computed them: after the
   * upgrade that added them, and when a build with other look-alike rules opens the store. Else it
   * reads one number, so that opening a store costs nothing and changes nothing.
   */
  private void refreshEmailSkeletons() {
    SqliteUserRepository users = repositories.users;
    try {
      if (read(r -> users.skeletonRulesVersion()) == Confusables.RULES_VERSION) {
        return;
      }
      List<StaleSkeleton> stale =
          write(
              r -> {
                // Again inside the write lock: another program may have done it meanwhile.
                if (users.skeletonRulesVersion() == Confusables.RULES_VERSION) {
                  return List.<StaleSkeleton>of();
                }
                List<StaleSkeleton> found = users.staleSkeletons();
                users.rewriteSkeletons(found);
                users.recordSkeletonRules(Confusables.RULES_VERSION);
                return found;
              });
      for (StaleSkeleton user : stale) {
        user.lookAlikeOf()
            .ifPresent(
                older ->
                    LOG.log(
                        System.Logger.Level.WARNING,
                        "The users {0} and {1} have emails that look the same; both were added"
                            + " before such emails were refused and both are kept",
                        older,
                        user.email()));
      }
      if (!stale.isEmpty()) {
        LOG.log(System.Logger.Level.INFO, "Brought {0} email skeletons up to date", stale.size());
      }
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private static int userVersion(Statement statement) throws SQLException {
    try (var rows = statement.executeQuery("PRAGMA user_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  @Override
  public <T> T read(Work<T> work) {
    return inTransaction("BEGIN", work);
  }

  @Override
  public <T> T write(Work<T> work) {
    // IMMEDIATE takes the write lock up front, so that two writers never both read and then
    // fail to upgrade; the busy timeout makes the second one wait instead.
    return inTransaction("BEGIN IMMEDIATE", work);
  }

  private <T> T inTransaction(String begin, Work<T> work) {
    if (lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("units of work do not nest");
    }
    lock.lock();
    try {
      execute(begin);
      T result;
      try {
        result = work.run(repositories);
      } catch (Jdbc.SqlFailure e) {
        rollback();
        throw translate(file, e.sqlException());
      } catch (RuntimeException | Error e) {
        rollback();
        throw e;
      }
      execute("COMMIT");
      return result;
    } finally {
      lock.unlock();
    }
  }

  private void execute(String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      if (sql.equals("COMMIT")) {
        rollback();
      }
      throw translate(file, e);
    }
  }

  private void rollback() {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ROLLBACK");
    } catch (SQLException e) {
      // SQLite may have rolled back by itself already (after an I/O error, for instance).
      LOG.log(
          System.Logger.Level.DEBUG, "Rollback after a failed unit of work: {0}", e.getMessage());
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      checkpointer.close();
      closeQuietly(connection);
    } finally {
      lock.unlock();
    }
  }

  /** The store file, for messages. */
  public Path file() {
    return file;
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.log(System.Logger.Level.WARNING, "Closing the store failed", e);
    }
  }

  /** Turns an SQLite failure into a message a person can act on. */
  static StoreException translate(Path file, SQLException e) {
    if (engineMissing(e)) {
      return new StoreException(
          Problem.ENGINE_MISSING,
          "SQLite's native library could not be loaded, so the store "
              + file
              + " was not opened (it has not been changed): reinstall Back Office, or, if the"
              + " temporary folder is mounted noexec, set org.sqlite.tmpdir as the README says.",
          e);
    }
    SQLiteErrorCode code =
        e instanceof SQLiteException sqlite
            ? sqlite.getResultCode()
            : SQLiteErrorCode.UNKNOWN_ERROR;
    String name = code.name();
    if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
      return new StoreException(
          Problem.BUSY,
          "The store "
              + file
              + " is busy, held by another Back Office program for more than five"
              + " seconds: try again in a moment.",
          e);
    }
    if (name.startsWith("SQLITE_READONLY")
        || name.startsWith("SQLITE_CANTOPEN")
        || name.startsWith("SQLITE_PERM")) {
      return new StoreException(
          Problem.READ_ONLY,
          "The store "
              + file
              + " cannot be written: make it and its folder writable for this"
              + " user.",
          e);
    }
    if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
      return new StoreException(
          Problem.CORRUPTED,
          "The store "
              + file
              + " is damaged and Back Office has not changed it: restore it from a"
              + " backup.",
          e);
    }
    if (name.startsWith("SQLITE_FULL")) {
      return new StoreException(
          Problem.IO,
          "The disk that holds " + file + " is full: free some space and try again.",
          e);
    }
    return new StoreException(
        Problem.IO, "The store " + file + " could not be used: " + e.getMessage(), e);
  }

  /**
   * Whether the driver failed to load its native library: it then reports a plain "error opening
   * connection", which must not read as a damaged file.
   */
  private static boolean engineMissing(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnsatisfiedLinkError
          || (cause.getMessage() != null && cause.getMessage().contains("No native library"))) {
        return true;
      }
    }
    return false;
  }

  /** A sealed secret and the user it belongs to, read to check the key. */
  private record SealedSecret(long userId, byte[] ciphertext) {}

  /** The repositories bound to the store's connection. */
  private static final class SqliteRepositories implements Repositories {
    private final SqliteUserRepository users;
    private final RecoveryCodeRepository recoveryCodes;
    private final ThrottleRepository throttle;
    private final AuditRepository audit;

    SqliteRepositories(Jdbc jdbc, Optional<SecretCipher> cipher, Path keyFile, int schemaVersion) {
      this.users = new SqliteUserRepository(jdbc, cipher, keyFile, schemaVersion);
      this.recoveryCodes = new SqliteRecoveryCodeRepository(jdbc);
      this.throttle = new SqliteThrottleRepository(jdbc);
      this.audit = new SqliteAuditRepository(jdbc);
    }

    @Override
    public UserRepository users() {
      return users;
    }

    @Override
    public RecoveryCodeRepository recoveryCodes() {
      return recoveryCodes;
    }

    @Override
    public ThrottleRepository throttle() {
      return throttle;
    }

    @Override
    public AuditRepository audit() {
      return audit;
    }
  }
}
