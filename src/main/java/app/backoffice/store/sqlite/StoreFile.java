package app.backoffice.store.sqlite;

import app.backoffice.config.OwnerOnly;
import app.backoffice.store.StoreException;
import app.backoffice.store.StoreException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Looks at a store file before it is opened for writing, so that a file Back Office cannot use is
 * reported and left exactly as it was.
 */
final class StoreFile {

  private static final byte[] SQLITE_HEADER =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  /** Problems that a look at the file settles: anything else may be another program at work. */
  private static final Set<Problem> VERDICTS =
      EnumSet.of(Problem.CORRUPTED, Problem.NOT_A_STORE, Problem.NEWER_SCHEMA);

  private StoreFile() {}

  /**
   * Creates the file when it is missing, or checks that an existing one is a healthy Back Office
   * store this build can use.
   *
   * @return the schema version the file has: 0 for a new, empty store
   * @throws StoreException when the file is not a store, is damaged, newer or read-only
   */
  static int inspect(Path file, int latestVersion) {
    removeStaleTemporaries(file.toAbsolutePath().getParent());
    if (Files.isSymbolicLink(file)) {
      throw new StoreException(
          Problem.NOT_A_STORE,
          "The store "
              + file
              + " is a symbolic link, but Back Office keeps its store in a regular"
              + " file of its own: move the link away.");
    }
    if (!Files.exists(file)) {
      create(file);
      return 0;
    }
    if (!Files.isRegularFile(file)) {
      throw new StoreException(
          Problem.NOT_A_STORE,
          "The store " + file + " is not a regular file: move it away and start again.");
    }
    byte[] header = readHeader(file);
    if (header.length == 0) {
      // Back Office never leaves an empty store behind; with a key beside it, one existed and
      // was emptied. Treating it as new would let anyone create the first administrator.
      if (Files.exists(file.resolveSibling(KeyFile.NAME))) {
        throw new StoreException(
            Problem.CORRUPTED,
            "The store "
                + file
                + " is empty, but its key file shows it held data: restore it"
                + " from a backup, or move both files away to start afresh.");
      }
      checkWritable(file);
      OwnerOnly.tighten(file);
      return 0;
    }
    if (header.length < SQLITE_HEADER.length
        || !Arrays.equals(
            header, 0, SQLITE_HEADER.length, SQLITE_HEADER, 0, SQLITE_HEADER.length)) {
      throw notAStore(file);
    }
    checkWritable(file);
    int version = inspectDatabase(file, latestVersion);
    // Only a file accepted as this application's store has its permissions narrowed.
    OwnerOnly.tighten(file);
    return version;
  }

  /**
   * Deletes temporary files that a program killed while creating the store or its key left behind.
   * Only old ones: a young one may belong to a program creating them right now.
   */
  private static void removeStaleTemporaries(Path directory) {
    Instant stale = Instant.now().minus(Duration.ofMinutes(10));
    try (DirectoryStream<Path> temporaries =
        Files.newDirectoryStream(
            directory,
            "{"
                + String.join(
                    ",",
                    SqliteStore.FILE_NAME + ".*.tmp",
                    SqliteStore.FILE_NAME + ".*.tmp-wal",
                    SqliteStore.FILE_NAME + ".*.tmp-shm",
                    KeyFile.NAME + ".*.tmp")
                + "}")) {
      for (Path temporary : temporaries) {
        if (Files.getLastModifiedTime(temporary).toInstant().isBefore(stale)) {
          deleteQuietly(temporary);
        }
      }
    } catch (IOException e) {
      // Leftovers are harmless; the next start tries again.
    }
  }

  private static void create(Path file) {
    Path temporary = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      OwnerOnly.createFile(temporary);
      useWriteAheadLog(temporary, file);
      Files.createLink(file, temporary);
    } catch (FileAlreadyExistsException e) {
      // Another process created it at the same moment; the migration's lock sorts out the rest.
    } catch (AccessDeniedException e) {
      throw new StoreException(
          Problem.READ_ONLY,
          "The store "
              + file
              + " cannot be created because permission was denied: make the folder"
              + " writable for this user or choose another data directory.",
          e);
    } catch (IOException e) {
      throw new StoreException(
          Problem.IO, "The store " + file + " cannot be created: " + e.getMessage(), e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void useWriteAheadLog(Path temporary, Path file) {
    try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite:" + temporary);
        Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA journal_mode = WAL");
    } catch (SQLException e) {
      throw SqliteStore.translate(file, e);
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
    }
  }

  private static byte[] readHeader(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SQLITE_HEADER.length);
    } catch (AccessDeniedException e) {
      throw new StoreException(
          Problem.UNREADABLE,
          "The store "
              + file
              + " cannot be read because permission was denied: run Back Office as"
              + " the user who owns it.",
          e);
    } catch (IOException e) {
      throw new StoreException(
          Problem.IO, "The store " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static void checkWritable(Path file) {
    if (!Files.isWritable(file) || !Files.isWritable(file.toAbsolutePath().getParent())) {
      throw new StoreException(
          Problem.READ_ONLY,
          "The store "
              + file
              + " is read-only: make the file and its folder writable for this"
              + " user.");
    }
  }

  /**
   * Reads the file's health and schema version without writing a byte. SQLite's plain read-only
   * mode would still create a write-ahead log and its shared-memory index beside the store, or
   * update an index left there; a store that is refused must be left exactly as it was.
   */
  private static int inspectDatabase(Path file, int latestVersion) {
    Surroundings before = Surroundings.of(file);
    try {
      return inspectDatabase(file, latestVersion, before.untouchedUri(file));
    } catch (StoreException refusal) {
      if (VERDICTS.contains(refusal.problem()) && Surroundings.of(file).equals(before)) {
        throw refusal;
      }
      // Another program began or stopped using the store meanwhile, and a look that takes no
      // locks or writes nothing may have caught it half-way. Look again the ordinary way, which
      // may touch the log's index, as every reader of a store in use does.
      return inspectDatabase(file, latestVersion, Surroundings.uri(file) + "?mode=ro");
    }
  }

  private static int inspectDatabase(Path file, int latestVersion, String uri) {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.OPEN_URI);
    config.setBusyTimeout(SqliteStore.BUSY_TIMEOUT_MILLIS);
    try (Connection connection = config.createConnection("jdbc:sqlite:" + uri);
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      String check = single(statement, "PRAGMA quick_check");
      if (!"ok".equals(check)) {
        throw corrupted(file, null);
      }
      int applicationId = Integer.parseInt(single(statement, "PRAGMA application_id"));
      int version = Integer.parseInt(single(statement, "PRAGMA user_version"));
      long tables = Long.parseLong(single(statement, "SELECT count(*) FROM sqlite_master"));
      if (applicationId != Migrations.APPLICATION_ID) {
        if (applicationId == 0 && version == 0 && tables == 0) {
          return 0;
        }
        throw notAStore(file);
      }
      if (version > latestVersion) {
        throw new StoreException(
            Problem.NEWER_SCHEMA,
            "The store "
                + file
                + " was written by a newer version of Back Office (schema "
                + version
                + "; this one knows up to "
                + latestVersion
                + ") and has not been changed: install the newer version to use it.");
      }
      return version;
    } catch (SQLException e) {
      StoreException translated = SqliteStore.translate(file, e);
      if (translated.problem() == Problem.CORRUPTED || translated.problem() == Problem.IO) {
        throw corrupted(file, e);
      }
      throw translated;
    }
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : "";
    }
  }

  private static StoreException notAStore(Path file) {
    return new StoreException(
        Problem.NOT_A_STORE,
        "The file "
            + file
            + " is not a Back Office store and has not been changed: move it away or choose"
            + " another data directory.");
  }

  private static StoreException corrupted(Path file, SQLException cause) {
    return new StoreException(
        Problem.CORRUPTED,
        "The store " + file + " is damaged and has not been changed: restore it from a backup.",
        cause);
  }

  /** What lies beside the store and how it was last written, to tell whether it is in use. */
  private record Surroundings(boolean log, boolean index, long size, FileTime modified) {

    static Surroundings of(Path file) {
      try {
        return new Surroundings(
            Files.exists(sibling(file, "-wal")),
            Files.exists(sibling(file, "-shm")),
            Files.size(file),
            Files.getLastModifiedTime(file));
      } catch (IOException e) {
        // Gone or unreadable now: unlike anything seen before, so the store is looked at again.
        return new Surroundings(false, false, -1, FileTime.fromMillis(0));
      }
    }

    /** How to open the store so that reading it creates and changes nothing. */
    String untouchedUri(Path file) {
      if (!log) {
        // Without a log the file holds everything: read as unchangeable, it takes no locks and
        // gets no companions.
        return uri(file) + "?immutable=1";
      }
      // A log from a running or a killed program holds committed work: read it through its index,
      // which is opened read-only (SQLite then keeps a private copy of what it needs).
      return uri(file) + (index ? "?mode=ro&readonly_shm=1" : "?mode=ro");
    }

    static String uri(Path file) {
      return file.toAbsolutePath().toUri().toString();
    }

    private static Path sibling(Path file, String suffix) {
      return file.resolveSibling(file.getFileName() + suffix);
    }
  }
}
