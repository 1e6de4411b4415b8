package app.backoffice.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the configuration file. The first of these that is given or exists is used, alone: the
 * {@code --config} option, the {@code BACKOFFICE_CONFIG} environment variable, the per-user place,
 * then the system-wide place. A file named by the option or the variable must exist; the two
 * standard places are simply skipped when empty.
 */
public final class ConfigLookup {

  public static final String ENVIRONMENT_VARIABLE = "BACKOFFICE_CONFIG";
  public static final String FILE_NAME = "backoffice.properties";

  private final Map<String, String> environment;
  private final String osName;
  private final Path userHome;

  public ConfigLookup(Map<String, String> environment, String osName, Path userHome) {
    this.environment = environment;
    this.osName = osName.toLowerCase(Locale.ROOT);
    this.userHome = userHome;
  }

  /** The lookup of this process: its environment, operating system and home folder. */
  public static ConfigLookup forThisProcess() {
    return new ConfigLookup(
        System.getenv(),
        System.getProperty("os.name", ""),
        Path.of(System.getProperty("user.home", ".")));
  }

  /**
   * Reads the configuration that applies, or the defaults when there is no file at all.
   *
   * @param option the {@code --config} option, if given
   * @throws ConfigException when a named file is missing or a file cannot be used
   */
  public Configuration load(Optional<Path> option) {
    return locate(option).map(ConfigFile::read).orElse(Configuration.DEFAULTS);
  }

  /** The file that applies, if any, without reading it. */
  public Optional<Path> locate(Optional<Path> option) {
    if (option.isPresent()) {
      return Optional.of(mustExist(option.get(), "given with --config"));
    }
    String variable = environment.get(ENVIRONMENT_VARIABLE);
    if (variable != null && !variable.isBlank()) {
      try {
        return Optional.of(
            mustExist(Path.of(variable.strip()), "named by " + ENVIRONMENT_VARIABLE));
      } catch (InvalidPathException e) {
        throw new ConfigException(
            ENVIRONMENT_VARIABLE + " does not hold a file name this system accepts.", e);
      }
    }
    return standardPlaces().stream().filter(Files::isRegularFile).findFirst();
  }

  /** The per-user place, then the system-wide place, for this operating system. */
  public List<Path> standardPlaces() {
    List<Path> places = new ArrayList<>();
    if (osName.startsWith("windows")) {
      places.add(
          windowsVariable("APPDATA")
              .orElseGet(() -> userHome.resolve("AppData").resolve("Roaming"))
              .resolve("BackOffice")
              .resolve(FILE_NAME));
      places.add(
          windowsVariable("ProgramData")
              .orElseGet(() -> Path.of("C:\\ProgramData"))
              .resolve("BackOffice")
              .resolve(FILE_NAME));
    } else if (osName.startsWith("mac")) {
      Path support = Path.of("Library", "Application Support", "BackOffice", FILE_NAME);
      places.add(userHome.resolve(support));
      places.add(Path.of("/").resolve(support));
    } else {
      places.add(
          variable("XDG_CONFIG_HOME")
              .orElseGet(() -> userHome.resolve(".config"))
              .resolve("backoffice")
              .resolve(FILE_NAME));
      places.add(Path.of("/etc", "backoffice", FILE_NAME));
    }
    return places;
  }

  /** A folder from a Windows variable, taken as the system gives it. */
  private Optional<Path> windowsVariable(String name) {
    return Optional.ofNullable(environment.get(name))
        .filter(value -> !value.isBlank())
        .map(Path::of);
  }

  /** A folder from a variable that the XDG rules ignore unless it is absolute. */
  private Optional<Path> variable(String name) {
    return Optional.ofNullable(environment.get(name))
        .filter(value -> !value.isBlank())
        .map(Path::of)
        .filter(Path::isAbsolute);
  }

  private static Path mustExist(Path file, String how) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.exists(absolute)) {
      throw new ConfigException(
          "The configuration file " + absolute + " " + how + " does not exist.");
    }
    return absolute;
  }
}
