package app.backoffice.cli;

import app.backoffice.config.Configuration;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top of the command line: global options, and the window when no command is given. */
@Command(
    name = "backoffice",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Back Office: staff sign-in with email, password and two-factor authentication.",
      "Without a command it opens the window; the commands manage the user store and exit."
    },
    footer = {
      "",
      "Exit status: 0 success, 1 refused or failed, 2 wrong usage.",
      "The data directory holds the store, its key and the logs. Default: $BACKOFFICE_HOME,"
          + " else the configuration file's data-directory, else the system's per-user data"
          + " folder. The configuration file: --config, else $BACKOFFICE_CONFIG, else the"
          + " per-user, else the system-wide backoffice.properties ('backoffice config' shows"
          + " which)."
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
      description = "Read the settings from this file instead of looking them up.")
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
