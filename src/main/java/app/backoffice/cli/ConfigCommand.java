package app.backoffice.cli;

import app.backoffice.config.ConfigFile;
import app.backoffice.config.Configuration;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code backoffice config}: which configuration file is in force and what it sets, printed as a
 * configuration file, so that an administrator can also start a new one from it.
 */
@Command(
    name = "config",
    description = {
      "Show the settings in force and the file they come from.",
      "The output is itself a configuration file: redirect it to start one."
    })
final class ConfigCommand implements Runnable {

  private final BackOfficeCommand root;
  private final PrintWriter out;

  ConfigCommand(BackOfficeCommand root, PrintWriter out) {
    this.root = root;
    this.out = out;
  }

  @Override
  public void run() {
    Configuration configuration = root.configuration();
    out.println("# Back Office settings in force, from " + configuration.origin() + ".");
    out.println("# Data directory in use: " + root.dataDirectoryInForce());
    Map<String, String> written = ConfigFile.written(configuration);
    if (!written.containsKey(ConfigFile.DATA_DIRECTORY)) {
      out.println("# " + ConfigFile.DATA_DIRECTORY + " = (not set)");
    }
    written.forEach((key, value) -> out.println(key + " = " + value));
    out.flush();
  }
}
