package app.backoffice.cli;

import app.backoffice.config.Configuration;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line asks of the composition root: the configuration in force, the data
 * directory it leads to, and the services over that directory.
 */
public interface ServicesFactory {

  /**
   * The configuration that applies.
   *
   * @param file the {@code --config} option, if given
   * @throws app.backoffice.config.ConfigException when the file cannot be used
   */
  Configuration configuration(Optional<Path> file);

  /** The data directory: the {@code --data-dir} option, else what the environment or file say. */
  Path dataDirectory(Configuration configuration, Optional<Path> option);

  /**
   * Opens the services.
   *
   * @param withoutKey open the store without its key file, for the repair that switches 2FA off
   *     after the key was lost
   */
  AdminServices open(
      Configuration configuration, Path dataDirectory, boolean verbose, boolean withoutKey);
}
