package app.backoffice.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
          + " else the system's per-user data folder."
    })
final class BackOfficeCommand implements Runnable {

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      converter = Converters.FolderConverter.class,
      description = "Use this data directory instead of the default.")
  Path dataDirectory;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Also write log messages to standard error.")
  boolean verbose;

  @Spec CommandSpec spec;

  private final Optional<WindowLauncher> window;
  private final CliMessages messages;

  BackOfficeCommand(Optional<WindowLauncher> window, CliMessages messages) {
    this.window = window;
    this.messages = messages;
  }

  Optional<Path> dataDirectory() {
    if (dataDirectory != null && dataDirectory.toString().isBlank()) {
      throw new ParameterException(spec.commandLine(), "--data-dir needs the name of a folder.");
    }
    return Optional.ofNullable(dataDirectory);
  }

  @Override
  public void run() {
    if (window.isPresent()) {
      try {
        window.get().open(dataDirectory(), verbose);
      } catch (WindowLauncher.NoDisplay e) {
        throw new CliFailure(messages.get("gui.noDisplay"));
      }
      return;
    }
    spec.commandLine().getOut().println(messages.get("gui.unavailable"));
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
