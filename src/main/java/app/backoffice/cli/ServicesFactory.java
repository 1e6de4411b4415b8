package app.backoffice.cli;

import app.backoffice.Services;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the services for a data directory chosen on the command line, or the default one. */
@FunctionalInterface
public interface ServicesFactory {

  Services open(Optional<Path> dataDirectory, boolean verbose);
}
