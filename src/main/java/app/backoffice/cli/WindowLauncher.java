package app.backoffice.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the Back Office window; the command line calls it when no command is given. */
@FunctionalInterface
public interface WindowLauncher {

  /**
   * Opens the window and returns once it is closed.
   *
   * @param dataDirectory the {@code --data-dir} given, if any
   * @param configFile the {@code --config} given, if any
   * @param verbose whether {@code --verbose} was given
   * @throws NoDisplay when there is no graphical display to open a window on
   */
  void open(Optional<Path> dataDirectory, Optional<Path> configFile, boolean verbose);

  /** There is no display to show a window on, as over SSH or in a plain console. */
  final class NoDisplay extends RuntimeException {
    public NoDisplay(Throwable cause) {
      super("no display", cause);
    }
  }
}
