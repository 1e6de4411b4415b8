package app.backoffice.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A start of the window and the options it was given. A start with nothing but window options
 * ({@code --data-dir}, {@code --config}, {@code --verbose}, as a desktop entry or a kiosk's
 * autostart gives them) is read here without building the command-line parser, whose model costs
 * about a seventh of a second of the window's start; anything else, including every mistake, goes
 * to the parser, which alone words usage errors.
 */
record WindowStart(Optional<Path> dataDirectory, Optional<Path> configFile, boolean verbose) {

  /** The window options, when the arguments are those and nothing else; else empty. */
  static Optional<WindowStart> read(String... arguments) {
    Path dataDirectory = null;
    Path configFile = null;
    boolean verbose = false;
    for (int i = 0; i < arguments.length; i++) {
      String argument = arguments[i];
      String name =
          argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
      if (name.equals("--verbose") && argument.equals(name) && !verbose) {
        verbose = true;
        continue;
      }
      boolean folder = name.equals("--data-dir") && dataDirectory == null;
      boolean file = name.equals("--config") && configFile == null;
      if (!folder && !file) {
        return Optional.empty();
      }
      String value;
      if (argument.equals(name)) {
        if (i + 1 == arguments.length) {
          return Optional.empty();
        }
        value = arguments[++i];
      } else {
        value = argument.substring(name.length() + 1);
      }
      Optional<Path> path = usablePath(value);
      if (path.isEmpty()) {
        return Optional.empty();
      }
      if (folder) {
        dataDirectory = path.get();
      } else {
        configFile = path.get();
      }
    }
    return Optional.of(
        new WindowStart(
            Optional.ofNullable(dataDirectory), Optional.ofNullable(configFile), verbose));
  }

  /** A value the parser would take as the same path without a word; anything doubtful is left. */
  private static Optional<Path> usablePath(String value) {
    if (value.isBlank() || value.startsWith("-")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(value));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Opens the window and returns once it is closed.
   *
   * @throws CliFailure in words when there is no display to open it on
   */
  void open(WindowLauncher launcher, CliMessages messages) {
    try {
      launcher.open(dataDirectory, configFile, verbose);
    } catch (WindowLauncher.NoDisplay e) {
      throw new CliFailure(messages.get("gui.noDisplay"));
    }
  }
}
