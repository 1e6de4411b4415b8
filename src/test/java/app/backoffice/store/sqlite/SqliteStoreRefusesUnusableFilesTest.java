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
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
   * Opens the store expecting a refusal, and checks that every file is as it was. Looking inside a
   * store in write-ahead mode may leave SQLite's empty log and shared-memory index beside it; the
   * log must hold nothing that would change the store.
   */
  private StoreException refusedOpen(Problem problem, Path namedFile) throws IOException {
    TreeMap<String, String> before = snapshot();

    StoreException refusal =
        catchThrowableOfType(StoreException.class, () -> SqliteStore.open(dataDir, random).close());

    assertThat(refusal).as("opening should have been refused").isNotNull();
    assertThat(refusal.problem()).isEqualTo(problem);
    assertThat(refusal.getMessage()).contains(namedFile.toString());
    TreeMap<String, String> after = snapshot();
    assertThat(after).as("files in the data directory").containsAllEntriesOf(before);
    assertThat(after.keySet())
        .as("files added to the data directory")
        .isSubsetOf(union(before.keySet(), walFile(dataDir), shmFile(dataDir)));
    if (Files.exists(walFile(dataDir))) {
      assertThat(walFile(dataDir)).isEmptyFile();
    }
    return refusal;
  }

  private static Set<String> union(Set<String> names, Path... files) {
    Set<String> all = new TreeSet<>(names);
    for (Path file : files) {
      all.add(file.getFileName().toString());
    }
    return all;
  }

  private static Path shmFile(Path dataDir) {
    return dataDir.resolve(SqliteStore.FILE_NAME + "-shm");
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
