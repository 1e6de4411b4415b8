package app.backoffice.store.sqlite;

import static app.backoffice.store.sqlite.SqliteFixtures.addUser;
import static app.backoffice.store.sqlite.SqliteFixtures.keyFile;
import static app.backoffice.store.sqlite.SqliteFixtures.queryLong;
import static app.backoffice.store.sqlite.SqliteFixtures.storeFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.backoffice.store.LookAlikeEmailException;
import app.backoffice.store.StoreException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {

  @TempDir Path dataDir;

  private SqliteStore open() {
    return SqliteStore.open(dataDir, new SecureRandom());
  }

  private List<Path> filesInDataDir() throws IOException {
    try (Stream<Path> files = Files.list(dataDir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void newDataDirectoryGetsOwnerOnlyStoreAndKey() throws IOException {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "file permissions are only checked on POSIX systems");

    try (SqliteStore store = open()) {
      addUser(store, "ann@example.com");

      assertThat(store.file()).isEqualTo(storeFile(dataDir));
      assertThat(filesInDataDir()).contains(storeFile(dataDir), keyFile(dataDir));
      for (Path file : filesInDataDir()) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
            .as("permissions of %s", file.getFileName())
            .isEqualTo("rw-------");
      }
      assertThat(Files.size(keyFile(dataDir))).isEqualTo(32);
    }
  }

  @Test
  void newStoreLeavesNoTemporaryKeyFileBehind() throws IOException {
    open().close();

    assertThat(filesInDataDir()).allMatch(file -> !file.getFileName().toString().endsWith(".tmp"));
  }

  @Test
  void reopeningKeepsTheKeyFile() throws IOException {
    open().close();
    byte[] key = Files.readAllBytes(keyFile(dataDir));

    open().close();

    assertThat(Files.readAllBytes(keyFile(dataDir))).isEqualTo(key);
  }

  @Test
  void emptyStoreFileIsSetUpAsANewStore() throws Exception {
    Files.createFile(storeFile(dataDir));

    try (SqliteStore store = open()) {
      addUser(store, "ann@example.com");
    }

    assertThat(queryLong(storeFile(dataDir), "SELECT count(*) FROM users")).isEqualTo(1);
  }

  @Test
  void storeIsMarkedAsBackOfficeAtTheLatestSchema() throws Exception {
    open().close();

    assertThat(queryLong(storeFile(dataDir), "PRAGMA application_id"))
        .isEqualTo(Migrations.APPLICATION_ID);
    assertThat(queryLong(storeFile(dataDir), "PRAGMA user_version"))
        .isEqualTo(Migrations.load().latest());
  }

  @Test
  void lookAlikeIsRefusedThoughAnotherProgramHoldsTheStoreOpen() {
    try (SqliteStore first = open();
        SqliteStore second = open()) {
      addUser(first, "ann@example.com");

      // Cyrillic а: the database's unique index refuses it, whichever connection adds it
      assertThatThrownBy(() -> addUser(second, "\u0430nn@example.com"))
          .isInstanceOf(LookAlikeEmailException.class);
    }
  }

  @Test
  void storeUsesWriteAheadLogging() throws Exception {
    open().close();

    try (var connection = SqliteFixtures.connect(storeFile(dataDir));
        var statement = connection.createStatement();
        var rows = statement.executeQuery("PRAGMA journal_mode")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void unitsOfWorkDoNotNest() {
    try (SqliteStore store = open()) {
      assertThatThrownBy(() -> store.read(outer -> store.read(inner -> inner.users().count())))
          .isInstanceOf(IllegalStateException.class);

      long count = store.read(r -> r.users().count());
      assertThat(count).as("the store still works after the refusal").isZero();
    }
  }

  @Test
  void aDriverWithoutItsNativeLibraryIsNotReportedAsADamagedStore() {
    Path file = Path.of("/srv/backoffice/backoffice.db");
    SQLException failure =
        new SQLException(
            "Error opening connection",
            new UnsatisfiedLinkError("no sqlitejdbc in java.library.path"));

    StoreException translated = SqliteStore.translate(file, failure);

    assertThat(translated.problem()).isEqualTo(StoreException.Problem.ENGINE_MISSING);
    assertThat(translated.getMessage())
        .startsWith("SQLite's native library could not be loaded")
        .contains(file.toString())
        .doesNotContain("damaged");
  }
}
