package app.backoffice.store.sqlite;

import static app.backoffice.store.sqlite.SqliteFixtures.addUser;
import static app.backoffice.store.sqlite.SqliteFixtures.addUserWithTwoFactor;
import static app.backoffice.store.sqlite.SqliteFixtures.execute;
import static app.backoffice.store.sqlite.SqliteFixtures.keyFile;
import static app.backoffice.store.sqlite.SqliteFixtures.sha256;
import static app.backoffice.store.sqlite.SqliteFixtures.storeFile;
import static app.backoffice.store.sqlite.SqliteFixtures.walFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import app.backoffice.store.StoreException;
import app.backoffice.store.StoreException.Problem;
import app.backoffice.store.User;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file Back Office cannot use is reported with the right problem and a message that names it, and
 * is left exactly as it was.
 */
class SqliteStoreRefusesUnusableFilesTest {

  private final SecureRandom random = new SecureRandom();

  @TempDir Path dataDir;

  /** The SHA-256 of every file in the data directory, by name. */
  private TreeMap<String, String> snapshot() throws IOException {
    TreeMap<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.list(dataDir)) {
      files
          .filter(Files::isRegularFile)
          .forEach(file -> digests.put(file.getFileName().toString(), sha256(file)));
    }
    return digests;
  }

  /**
   * Opens the store expecting a refusal, and checks that every file is as it was and that nothing
   * was added: not even the write-ahead log and its index that SQLite makes for a reader.
   */
  private StoreException refusedOpen(Problem problem, Path namedFile) throws IOException {
    TreeMap<String, String> before = snapshot();

    StoreException refusal =
        catchThrowableOfType(StoreException.class, () -> SqliteStore.open(dataDir, random).close());

    assertThat(refusal).as("opening should have been refused").isNotNull();
    assertThat(refusal.problem()).isEqualTo(problem);
    assertThat(refusal.getMessage()).contains(namedFile.toString());
    assertThat(snapshot()).as("files in the data directory").isEqualTo(before);
    return refusal;
  }

  private static Path shmFile(Path dataDir) {
    return dataDir.resolve(SqliteStore.FILE_NAME + "-shm");
  }

  /**
   * Leaves the data directory as a program killed in the middle of its work would: the store with
   * committed work still in its write-ahead log, and the log's index, after running the statements.
   */
  private void leaveAsAKilledProgramWould(String... statements) throws Exception {
    createStoreWithUsers(1);
    Path killed = Files.createDirectory(dataDir.resolve("killed"));
    try (Connection connection = SqliteFixtures.connect(storeFile(dataDir));
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA wal_autocheckpoint = 0");
      for (String sql : statements) {
        statement.execute(sql);
      }
      for (Path file : List.of(storeFile(dataDir), walFile(dataDir), shmFile(dataDir))) {
        Files.copy(file, killed.resolve(file.getFileName()));
      }
    }
    for (Path file : List.of(storeFile(dataDir), walFile(dataDir), shmFile(dataDir))) {
      Files.deleteIfExists(file);
      Files.move(killed.resolve(file.getFileName()), file);
    }
    Files.delete(killed);
    assertThat(Files.size(walFile(dataDir))).as("work left in the log").isPositive();
  }

  private void createStoreWithUsers(int users) {
    try (SqliteStore store = SqliteStore.open(dataDir, random)) {
      for (int i = 0; i < users; i++) {
        addUser(store, "user" + i + "@example.com");
      }
    }
  }

  @Test
  void randomBytesAreNotAStore() throws IOException {
    byte[] noise = new byte[8192];
    new Random(20240506L).nextBytes(noise);
    Files.write(storeFile(dataDir), noise);

    refusedOpen(Problem.NOT_A_STORE, storeFile(dataDir));

    assertThat(keyFile(dataDir)).doesNotExist();
  }

  @Test
  void foreignSqliteDatabaseIsNotAStore() throws Exception {
    execute(
        storeFile(dataDir),
        "CREATE TABLE recipes (name TEXT PRIMARY KEY, minutes INTEGER)",
        "INSERT INTO recipes VALUES ('porridge', 10)");

    refusedOpen(Problem.NOT_A_STORE, storeFile(dataDir));

    assertThat(keyFile(dataDir)).doesNotExist();
  }

  @Test
  void directoryInPlaceOfTheStoreIsNotAStore() throws IOException {
    Files.createDirectory(storeFile(dataDir));

    refusedOpen(Problem.NOT_A_STORE, storeFile(dataDir));
  }

  @Test
  void truncatedStoreIsCorrupted() throws IOException {
    createStoreWithUsers(300);
    long size = Files.size(storeFile(dataDir));
    try (FileChannel channel = FileChannel.open(storeFile(dataDir), StandardOpenOption.WRITE)) {
      channel.truncate(size / 2);
    }

    refusedOpen(Problem.CORRUPTED, storeFile(dataDir));
  }

  @Test
  void truncatedStoreBesideAKilledProgramsLogIsRefusedAndTheLogKept() throws Exception {
    leaveAsAKilledProgramWould(
        "INSERT INTO audit_log (at, event, email, source, host, detail)"
            + " VALUES (1, 'SIGNED_OUT', 'ann@example.com', 'gui', 'kiosk', '')");
    try (FileChannel channel = FileChannel.open(storeFile(dataDir), StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() / 2);
    }

    refusedOpen(Problem.CORRUPTED, storeFile(dataDir));
  }

  @Test
  void newerSchemaInAKilledProgramsLogIsRefusedAndTheLogKept() throws Exception {
    int newer = Migrations.load().latest() + 1;
    leaveAsAKilledProgramWould("PRAGMA user_version = " + newer);

    StoreException refusal = refusedOpen(Problem.NEWER_SCHEMA, storeFile(dataDir));

    assertThat(refusal.getMessage()).contains("schema " + newer);
  }

  @Test
  void killedProgramsLogIsReadWhenTheStoreOpens() throws Exception {
    leaveAsAKilledProgramWould(
        "INSERT INTO users (email, password_hash, role, created_at, password_changed_at)"
            + " VALUES ('left-in-the-log@example.com', 'x', 'staff', 0, 0)");

    try (SqliteStore store = SqliteStore.open(dataDir, random)) {
      Optional<User> user = store.read(r -> r.users().findByEmail("left-in-the-log@example.com"));
      assertThat(user).isPresent();
    }
  }

  @Test
  void storeFromANewerVersionIsRefused() throws Exception {
    createStoreWithUsers(1);
    int newer = Migrations.load().latest() + 1;
    execute(storeFile(dataDir), "PRAGMA user_version = " + newer);

    StoreException refusal = refusedOpen(Problem.NEWER_SCHEMA, storeFile(dataDir));

    assertThat(refusal.getMessage()).contains("schema " + newer);
  }

  @Test
  void storeMarkedAsBackOfficeButMissingItsTablesIsReportedByName() throws Exception {
    execute(
        storeFile(dataDir),
        "PRAGMA application_id = " + Migrations.APPLICATION_ID,
        "PRAGMA user_version = 1",
        "CREATE TABLE notes (text TEXT)");

    StoreException refusal =
        catchThrowableOfType(StoreException.class, () -> SqliteStore.open(dataDir, random).close());

    assertThat(refusal).isNotNull();
    assertThat(refusal.getMessage()).contains(storeFile(dataDir).toString());
  }

  @Test
  void readOnlyStoreIsRefused() throws IOException {
    createStoreWithUsers(1);
    storeFile(dataDir).toFile().setWritable(false, false);
    assumeFalse(
        Files.isWritable(storeFile(dataDir)),
        "this user (root?) may write read-only files, so the store cannot be read-only here");

    refusedOpen(Problem.READ_ONLY, storeFile(dataDir));
  }

  @Test
  void storeInAReadOnlyFolderIsRefused() throws IOException {
    createStoreWithUsers(1);
    dataDir.toFile().setWritable(false, false);
    try {
      assumeFalse(
          Files.isWritable(dataDir),
          "this user (root?) may write read-only folders, so the folder cannot be read-only here");

      refusedOpen(Problem.READ_ONLY, storeFile(dataDir));
    } finally {
      dataDir.toFile().setWritable(true, true);
    }
  }

  @Test
  void missingKeyIsReportedAndNotRecreatedWhenSecretsNeedIt() throws IOException {
    try (SqliteStore store = SqliteStore.open(dataDir, random)) {
      addUserWithTwoFactor(store, "ann@example.com");
    }
    Files.delete(keyFile(dataDir));

    refusedOpen(Problem.KEY_MISSING, keyFile(dataDir));

    assertThat(keyFile(dataDir)).doesNotExist();
  }

  @Test
  void missingKeyIsCreatedAgainWhenNoSecretNeedsIt() throws IOException {
    createStoreWithUsers(1);
    Files.delete(keyFile(dataDir));

    SqliteStore.open(dataDir, random).close();

    assertThat(keyFile(dataDir)).hasSize(32);
  }

  @Test
  void emptiedStoreBesideItsKeyIsCorruptedNotNew() throws IOException {
    createStoreWithUsers(1);
    Files.write(storeFile(dataDir), new byte[0]);
    Files.deleteIfExists(walFile(dataDir));
    Files.deleteIfExists(shmFile(dataDir));

    StoreException refusal = refusedOpen(Problem.CORRUPTED, storeFile(dataDir));

    assertThat(refusal.getMessage()).contains("is empty");
  }

  @Test
  void keyReplacedWhileRunningIsNotUsedToSealANewSecret() throws IOException {
    createStoreWithUsers(1);
    try (SqliteStore store = SqliteStore.open(dataDir, random)) {
      long id = store.read(r -> r.users().list()).get(0).id();
      Files.write(keyFile(dataDir), new byte[32]);

      StoreException refusal =
          catchThrowableOfType(
              StoreException.class,
              () ->
                  store.update(
                      r ->
                          r.users()
                              .enableTwoFactor(id, SqliteFixtures.SECRET, SqliteFixtures.NOW, 1L)));

      assertThat(refusal).isNotNull();
      assertThat(refusal.problem()).isEqualTo(Problem.KEY_WRONG);
      assertThat(refusal.getMessage()).contains("changed while Back Office was running");
    }
  }

  @Test
  void keyOfTheWrongSizeIsRefused() throws IOException {
    createStoreWithUsers(1);
    Files.write(keyFile(dataDir), new byte[31]);

    StoreException refusal = refusedOpen(Problem.KEY_BAD_SIZE, keyFile(dataDir));

    assertThat(refusal.getMessage()).contains("31 bytes");
  }

  @Test
  void keyFromAnotherStoreIsRefused(@TempDir Path otherDataDir) throws IOException {
    try (SqliteStore store = SqliteStore.open(dataDir, random)) {
      addUserWithTwoFactor(store, "ann@example.com");
    }
    SqliteStore.open(otherDataDir, random).close();
    Files.copy(keyFile(otherDataDir), keyFile(dataDir), StandardCopyOption.REPLACE_EXISTING);

    refusedOpen(Problem.KEY_WRONG, keyFile(dataDir));
  }
}
