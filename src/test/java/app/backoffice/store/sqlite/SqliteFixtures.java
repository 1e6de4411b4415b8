package app.backoffice.store.sqlite;

import app.backoffice.store.NewUser;
import app.backoffice.store.Role;
import app.backoffice.store.Store;
import app.backoffice.store.User;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;

/** Shared helpers for the SQLite store's tests. */
final class SqliteFixtures {

  static final Instant NOW = Instant.parse("2024-05-06T09:30:00Z");

  /** A well-formed base32 TOTP secret that appears nowhere else in the store. */
  static final String SECRET = "MZXW6YTBOI2DGMJRGQ3TKNZUGYZTEMBV";

  private static final String HASH = "$2a$04$not.a.real.hash.only.used.in.tests.of.the.store.xx";

  private SqliteFixtures() {}

  static User addUser(Store store, String email) {
    return store.write(r -> r.users().insert(new NewUser(email, HASH, Role.STAFF, NOW)));
  }

  static User addUserWithTwoFactor(Store store, String email) {
    User user = addUser(store, email);
    store.update(r -> r.users().enableTwoFactor(user.id(), SECRET, NOW, 1L));
    return user;
  }

  static Path storeFile(Path dataDir) {
    return dataDir.resolve(SqliteStore.FILE_NAME);
  }

  static Path walFile(Path dataDir) {
    return dataDir.resolve(SqliteStore.FILE_NAME + "-wal");
  }

  static Path keyFile(Path dataDir) {
    return dataDir.resolve(KeyFile.NAME);
  }

  /** A plain JDBC connection that bypasses the store, to look at or damage the file. */
  static Connection connect(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file);
  }

  static void execute(Path file, String... statements) throws SQLException {
    try (Connection connection = connect(file);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  static long queryLong(Path file, String sql) throws SQLException {
    try (Connection connection = connect(file);
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getLong(1) : -1;
    }
  }

  static String sha256(Path file) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return HexFormat.of().formatHex(digest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether the text appears anywhere in the file's raw bytes; false when there is no file. */
  static boolean fileContains(Path file, String text) throws IOException {
    if (!Files.exists(file)) {
      return false;
    }
    String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    return raw.contains(text);
  }
}
