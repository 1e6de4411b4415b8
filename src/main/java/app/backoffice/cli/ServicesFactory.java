package app.backoffice.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Opens the services for a data directory chosen on the command line, or the default one. */
@FunctionalInterface
public interface ServicesFactory {

  /**
   * @param withoutKey open the store without its key file, for the repair that switches 2FA off
   *     after the key was lost
   */
  AdminServices open(Optional<Path> dataDirectory, boolean verbose, boolean withoutKey);
}
