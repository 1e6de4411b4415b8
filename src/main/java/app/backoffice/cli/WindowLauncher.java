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
   * @param verbose whether {@code --verbose} was given
   */
  void open(Optional<Path> dataDirectory, boolean verbose);
}
