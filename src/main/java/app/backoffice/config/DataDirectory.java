package app.backoffice.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one folder that holds the store, its key file and the logs.
 *
 * <p>It is chosen by the {@code --data-dir} option, else the {@code BACKOFFICE_HOME} environment
 * variable, else the configuration file's {@code data-directory}, else the operating system's
 * standard per-user place for application data.
 */
public final class DataDirectory {

  public static final String ENVIRONMENT_VARIABLE = "BACKOFFICE_HOME";

  private final Path path;

  private DataDirectory(Path path) {
    this.path = path;
  }

  /** The folder at a path already chosen. */
  public static DataDirectory at(Path path) {
    return new DataDirectory(path.toAbsolutePath().normalize());
  }

  /** Resolves the folder without touching the file system, with no configuration file. */
  public static DataDirectory resolve(
      Optional<Path> option, Map<String, String> environment, String osName, Path userHome) {
    return resolve(option, Optional.empty(), environment, osName, userHome);
  }

  /**
   * Resolves the folder without touching the file system.
   *
   * @param configured the folder the configuration file names, which comes after the option and the
   *     environment variable
   */
  public static DataDirectory resolve(
      Optional<Path> option,
      Optional<Path> configured,
      Map<String, String> environment,
      String osName,
      Path userHome) {
    return new DataDirectory(
        option
            .or(() -> nonBlank(environment.get(ENVIRONMENT_VARIABLE)).map(Path::of))
            .or(() -> configured)
            .orElseGet(() -> standardPlace(environment, osName, userHome))
            .toAbsolutePath()
            .normalize());
  }

  /** Resolves the folder for this process: its environment, operating system and home. */
  public static DataDirectory forThisProcess(Optional<Path> option, Optional<Path> configured) {
    return resolve(
        option,
        configured,
        System.getenv(),
        System.getProperty("os.name", ""),
        Path.of(System.getProperty("user.home", ".")));
  }

  /** The operating system's per-user place for application data. */
  static Path standardPlace(Map<String, String> environment, String osName, Path userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      return nonBlank(environment.get("LOCALAPPDATA"))
          .map(Path::of)
          .orElseGet(() -> userHome.resolve("AppData").resolve("Local"))
          .resolve("BackOffice");
    }
    if (os.startsWith("mac")) {
      return userHome.resolve("Library").resolve("Application Support").resolve("BackOffice");
    }
    return nonBlank(environment.get("XDG_DATA_HOME"))
        .map(Path::of)
        .filter(Path::isAbsolute)
        .orElseGet(() -> userHome.resolve(".local").resolve("share"))
        .resolve("backoffice");
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }

  public Path path() {
    return path;
  }

  public Path resolve(String name) {
    return path.resolve(name);
  }

  /**
   * Creates the folder if needed, readable by its owner only, and checks that it can be written.
   *
   * @throws DataDirectoryException with a message that names the folder and what to do
   */
  public DataDirectory ensureExists() {
    try {
      if (!Files.isDirectory(path)) {
        if (Files.exists(path)) {
          throw new DataDirectoryException(
              "The data directory "
                  + path
                  + " is a file, not a folder: move it away or choose"
                  + " another folder with --data-dir.");
        }
        Files.createDirectories(path.getParent());
        createUnlessAnotherProgramDid(path);
      }
    } catch (AccessDeniedException e) {
      throw new DataDirectoryException(
          "The data directory "
              + path
              + " cannot be created because permission was denied: choose a"
              + " folder you can write with --data-dir or "
              + ENVIRONMENT_VARIABLE
              + ".",
          e);
    } catch (FileAlreadyExistsException e) {
      throw new DataDirectoryException(
          "The data directory "
              + path
              + " cannot be created: "
              + e.getFile()
              + " is a file where a folder is needed.",
          e);
    } catch (NoSuchFileException e) {
      throw new DataDirectoryException(
          "The data directory " + path + " cannot be created: " + e.getFile() + " does not exist.",
          e);
    } catch (FileSystemException e) {
      throw new DataDirectoryException(
          "The data directory " + path + " cannot be created: " + reason(e), e);
    } catch (IOException e) {
      throw new DataDirectoryException(
          "The data directory " + path + " cannot be created: " + e.getMessage(), e);
    }
    if (!Files.isReadable(path) || !Files.isExecutable(path)) {
      throw new DataDirectoryException(
          "The data directory "
              + path
              + " cannot be opened because permission was denied: run Back Office"
              + " as the user who owns it, or choose another folder with --data-dir.");
    }
    if (!Files.isWritable(path)) {
      throw new DataDirectoryException(
          "The data directory "
              + path
              + " is read-only: make it writable for this user or choose"
              + " another folder with --data-dir.");
    }
    return this;
  }

  private static void createUnlessAnotherProgramDid(Path folder) throws IOException {
    try {
      OwnerOnly.createDirectory(folder);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(folder)) {
        throw e;
      }
    }
  }

  private static String reason(FileSystemException e) {
    return e.getReason() == null ? "the file system refused it." : e.getReason() + ".";
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
