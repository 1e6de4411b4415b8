package app.backoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.config.ConfigLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

  private static final String PASSWORD = "Harbour-Lantern-42";

  @TempDir Path temp;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(temp.resolve(name), text);
  }

  @Test
  void usersAreAddedToTheDataDirectoryTheConfigurationNames() throws Exception {
    Path shared = temp.resolve("shared");
    Path config = write("kiosk.properties", "kiosk = true\ndata-directory = " + shared + "\n");
    CliFixture cli = CliFixture.honouringDataDirOption(temp.resolve("unused"));

    int status =
        cli.run(
            PASSWORD + "\n",
            "--config",
            config.toString(),
            "user",
            "add",
            "--email",
            "kim@example.com",
            "--role",
            "staff",
            "--password-stdin");

    assertThat(status).isZero();
    assertThat(shared.resolve("backoffice.db")).exists();
    assertThat(cli.run("", "--config", config.toString(), "user", "list")).isZero();
    assertThat(cli.out()).contains("kim@example.com");
  }

  @Test
  void theEnvironmentVariableNamesTheFileWhenNoOptionDoes() throws Exception {
    Path shared = temp.resolve("from-variable");
    Path config = write("env.properties", "data-directory = " + shared + "\n");
    CliFixture cli = CliFixture.honouringDataDirOption(temp.resolve("unused"));
    cli.environment.put(ConfigLookup.ENVIRONMENT_VARIABLE, config.toString());

    assertThat(cli.run("", "config")).isZero();

    assertThat(cli.out())
        .contains("# Back Office settings in force, from " + config + ".")
        .contains("# Data directory in use: " + shared)
        .contains("data-directory = " + shared);
  }

  @Test
  void configPrintsEverySettingAsAFileItCouldReadBack() throws Exception {
    Path config = write("front.properties", "kiosk = true\nissuer = Front desk\n");
    CliFixture cli = CliFixture.honouringDataDirOption(temp.resolve("data"));

    assertThat(cli.run("", "--config", config.toString(), "config")).isZero();
    Path copy = write("copy.properties", cli.out());

    assertThat(cli.out())
        .contains("# data-directory = (not set)")
        .contains("kiosk = true\n")
        .contains("idle-timeout = 2m\n")
        .contains("require-2fa = false\n")
        .contains("issuer = Front desk\n")
        .contains("bcrypt-cost = 12\n")
        .contains("lockout-failures = 5\n")
        .contains("lockout-duration = 5m\n")
        .contains("lockout-max-duration = 1h\n");
    assertThat(cli.run("", "--config", copy.toString(), "config")).isZero();
    assertThat(cli.out()).contains("issuer = Front desk\n").contains("kiosk = true\n");
  }

  @Test
  void withoutAFileTheDefaultsAreShown() {
    CliFixture cli = CliFixture.honouringDataDirOption(temp.resolve("data"));

    assertThat(cli.run("", "config")).isZero();

    assertThat(cli.out())
        .startsWith(
            "# Back Office settings in force, from built-in defaults (no configuration file"
                + " found).\n")
        .contains("idle-timeout = 15m\n");
  }

  @Test
  void aBadFileStopsEveryCommandWithOneSentenceAndChangesNothing() throws Exception {
    Path data = temp.resolve("data");
    Path config = write("bad.properties", "kiosk = true\nbcrypt-cost = 40\n");
    CliFixture cli = CliFixture.honouringDataDirOption(data);

    int status =
        cli.run(
            PASSWORD + "\n",
            "--config",
            config.toString(),
            "--data-dir",
            data.toString(),
            "user",
            "add",
            "--email",
            "kim@example.com",
            "--password-stdin");

    assertThat(status).isEqualTo(Cli.FAILED);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err())
        .isEqualTo(
            "In "
                + config
                + ", line 2: bcrypt-cost must be a whole number from 10 to 16, not \"40\".\n");
    assertThat(data).doesNotExist();
  }

  @Test
  void aMissingConfigFileIsNamed() {
    Path missing = temp.resolve("nowhere.properties");
    CliFixture cli = CliFixture.honouringDataDirOption(temp.resolve("data"));

    assertThat(cli.run("", "--config", missing.toString(), "user", "list")).isEqualTo(Cli.FAILED);
    assertThat(cli.err())
        .isEqualTo("The configuration file " + missing + " given with --config does not exist.\n");
  }
}
