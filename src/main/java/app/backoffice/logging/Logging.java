package app.backoffice.logging;

import app.backoffice.config.OwnerOnly;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Points the JDK's {@link System.Logger} at a rotating file under the data directory's {@code
 * logs/} folder, and at standard error only when asked. The code logs through {@code
 * System.Logger}; this is the one place that knows the backend is {@code java.util.logging}.
 */
public final class Logging {

  public static final String FOLDER = "logs";
  public static final String FILE_NAME = "backoffice.log";
  private static final long LIMIT_BYTES = 1024 * 1024;
  private static final int KEEP = 5;

  /**
   * Loggers given settings here; held, since the log manager forgets a logger nobody references,
   * and its settings with it.
   */
  private static final Logger SQLITE = Logger.getLogger("org.sqlite");

  private static final Logger JAVAFX = Logger.getLogger("javafx");

  private Logging() {}

  /**
   * Drops log records until {@link #configure} says where they go, so that nothing logged before
   * the data directory is known reaches the console in the JDK's default two-line format.
   */
  public static void quiet() {
    LogManager.getLogManager().reset();
  }

  /**
   * Sends log records to the data directory's log file, and to standard error when {@code
   * toStandardError} is set. When the file cannot be written, logging goes on without it, since a
   * missing log must not stop anyone from signing in.
   *
   * @return the log file, or empty when it could not be opened
   */
  public static Optional<Path> configure(Path dataDirectory, boolean toStandardError) {
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    root.setLevel(Level.INFO);
    // The SQLite driver and JavaFX log details nobody here needs at INFO.
    SQLITE.setLevel(Level.WARNING);
    // JavaFX warns at every start that it runs from the class path rather than as modules. That
    // is how Back Office runs, from the jar and from the installers, on purpose: the warning says
    // nothing an administrator can act on.
    JAVAFX.setFilter(
        entry ->
            entry.getMessage() == null
                || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
    OneLineFormatter formatter = new OneLineFormatter();
    if (toStandardError) {
      Handler console = new ConsoleHandler();
      console.setLevel(Level.ALL);
      console.setFormatter(formatter);
      root.addHandler(console);
    }
    Path folder = dataDirectory.resolve(FOLDER);
    try {
      if (!Files.isDirectory(folder)) {
        try {
          OwnerOnly.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
          // Another program started at the same moment and made it.
        }
      }
      OwnerOnly.tighten(folder);
      Path file = folder.resolve(FILE_NAME);
      Handler handler = new OwnerOnlyFileHandler(file, LIMIT_BYTES, KEEP);
      handler.setFormatter(formatter);
      root.addHandler(handler);
      return Optional.of(file);
    } catch (IOException | RuntimeException e) {
      Logger.getLogger(Logging.class.getName())
          .log(Level.WARNING, "Logging to {0} is not possible: {1}", new Object[] {folder, e});
      return Optional.empty();
    }
  }
}
