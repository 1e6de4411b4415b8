package app.backoffice;

import app.backoffice.cli.AdminServices;
import app.backoffice.cli.ServicesFactory;
import app.backoffice.config.ConfigLookup;
import app.backoffice.config.Configuration;
import app.backoffice.config.DataDirectory;
import app.backoffice.store.AuditSource;
import java.nio.file.Path;
import java.util.Optional;

/** The command line's services for this process: its environment, its files, the real clock. */
final class CommandLineServices implements ServicesFactory {

  @Override
  public Configuration configuration(Optional<Path> file) {
    return ConfigLookup.forThisProcess().load(file);
  }

  @Override
  public Path dataDirectory(Configuration configuration, Optional<Path> option) {
    return DataDirectory.forThisProcess(option, configuration.dataDirectory()).path();
  }

  @Override
  public AdminServices open(
      Configuration configuration, Path dataDirectory, boolean verbose, boolean withoutKey) {
    return Services.open(
        Services.Settings.of(DataDirectory.at(dataDirectory), configuration.auth(), AuditSource.CLI)
            .withLogToStandardError(verbose)
            .withoutKey(withoutKey));
  }
}
