package app.backoffice.cli;

import app.backoffice.config.Configuration;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top of the command line: global options, and the window when no command is given.
 *
 * <p>The help is laid out for 80 columns whatever the terminal's width: picocli breaks lines after
 * a dot or a colon inside a word, so at some widths it would split backoffice.properties or a time
 * such as 2026-01-31T08:00:00Z across two lines. At a fixed width a test can see that no word is
 * split.
 */
@Command(
    name = "backoffice",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Back Office: staff sign-in with email, password and two-factor authentication.",
      "A command does its work and exits. Without one, 'java -jar backoffice.jar' and",
      "the Back Office launcher open the window; the backoffice launcher shows this help."
    },
    footer = {
      "",
      "Exit status: 0 success, 1 refused or failed, 2 wrong usage.",
      "",
      "The data directory holds the store, its key and the logs. It is --data-dir, else"
          + " $BACKOFFICE_HOME, else data-directory in the configuration file, else the"
          + " system's per-user data folder.",
      "",
      "The configuration file is --config, else $BACKOFFICE_CONFIG, else the per-user"
          + " backoffice.properties, else the system-wide one; 'backoffice config' shows which"
          + " is in force."
    })
final class BackOfficeCommand implements Runnable {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      converter = Converters.PathConverter.class,
      description = "Use this data directory instead of the default.")
  Path dataDirectory;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      converter = Converters.PathConverter.class,
      description = "Use this configuration file, not the usual ones.")
  Path configFile;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Also write log messages to standard error.")
  boolean verbose;

  @Spec CommandSpec spec;

  private final Optional<WindowLauncher> window;
  private final CliMessages messages;
  private final ServicesFactory services;
  private Configuration configuration;

  BackOfficeCommand(
      Optional<WindowLauncher> window, CliMessages messages, ServicesFactory services) {
    this.window = window;
    this.messages = messages;
    this.services = services;
  }

  Optional<Path> configFile() {
    return Optional.ofNullable(configFile);
  }

  /** The configuration in force, read once when a command first needs it. */
  Configuration configuration() {
    if (configuration == null) {
      configuration = services.configuration(configFile());
    }
    return configuration;
  }

  /** Opens the services over the data directory in force, with the configuration in force. */
  AdminServices openServices(boolean withoutKey) {
    return services.open(configuration(), dataDirectoryInForce(), verbose, withoutKey);
  }

  /** The data directory the options, the environment and the configuration lead to. */
  Path dataDirectoryInForce() {
    return services.dataDirectory(configuration(), dataDirectory());
  }

  Optional<Path> dataDirectory() {
    return Optional.ofNullable(dataDirectory);
  }

  @Override
  public void run() {
    if (window.isPresent()) {
      new WindowStart(dataDirectory(), configFile(), verbose).open(window.get(), messages);
      return;
    }
    spec.commandLine().getOut().println(messages.get("gui.unavailable"));
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
