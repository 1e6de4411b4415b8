package app.backoffice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLookupTest {

  @TempDir Path temp;

  private final Map<String, String> environment = new HashMap<>();
  private Path home;
  private Path userFile;

  @BeforeEach
  void aHomeFolder() throws Exception {
    home = Files.createDirectories(temp.resolve("home"));
    userFile = home.resolve(".config/backoffice/backoffice.properties");
  }

  private ConfigLookup lookup() {
    return new ConfigLookup(environment, "Linux", home);
  }

  private Path write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void withoutAnyFileTheDefaultsApply() {
    // The system-wide /etc/backoffice file of the machine running the tests is not looked at
    // here: only the lookup's order is.
    assertThat(lookup().standardPlaces())
        .containsExactly(userFile, Path.of("/etc/backoffice/backoffice.properties"));
    if (!Files.exists(Path.of("/etc/backoffice/backoffice.properties"))) {
      assertThat(lookup().load(Optional.empty())).isEqualTo(Configuration.DEFAULTS);
    }
  }

  @Test
  void theOptionComesFirstThenTheVariableThenThePerUserFile() throws Exception {
    Path option = write(temp.resolve("option.properties"), "issuer = From option\n");
    Path variable = write(temp.resolve("variable.properties"), "issuer = From variable\n");
    write(userFile, "issuer = From user\n");
    environment.put(ConfigLookup.ENVIRONMENT_VARIABLE, variable.toString());

    assertThat(lookup().load(Optional.of(option)).auth().issuer()).isEqualTo("From option");
    assertThat(lookup().load(Optional.empty()).auth().issuer()).isEqualTo("From variable");
    environment.remove(ConfigLookup.ENVIRONMENT_VARIABLE);
    assertThat(lookup().load(Optional.empty()).auth().issuer()).isEqualTo("From user");
  }

  @Test
  void xdgConfigHomeMovesThePerUserPlace() {
    environment.put("XDG_CONFIG_HOME", "/srv/kim/config");
    assertThat(lookup().standardPlaces().get(0))
        .isEqualTo(Path.of("/srv/kim/config/backoffice/backoffice.properties"));
  }

  @Test
  void aFileNamedByOptionOrVariableMustExist() {
    Path missing = temp.resolve("missing.properties");
    assertThatThrownBy(() -> lookup().load(Optional.of(missing)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("The configuration file " + missing + " given with --config does not exist.");

    environment.put(ConfigLookup.ENVIRONMENT_VARIABLE, missing.toString());
    assertThatThrownBy(() -> lookup().load(Optional.empty()))
        .hasMessage(
            "The configuration file " + missing + " named by BACKOFFICE_CONFIG does not exist.");
  }

  @Test
  void eachSystemHasItsOwnPlaces() {
    ConfigLookup windows =
        new ConfigLookup(
            Map.of("APPDATA", "C:\\Users\\kim\\AppData\\Roaming", "ProgramData", "D:\\Data"),
            "Windows 11",
            home);
    assertThat(windows.standardPlaces())
        .extracting(Path::toString)
        .allSatisfy(place -> assertThat(place).endsWith("backoffice.properties"))
        .anySatisfy(place -> assertThat(place).contains("Roaming").contains("BackOffice"))
        .anySatisfy(place -> assertThat(place).contains("D:\\Data").contains("BackOffice"));

    ConfigLookup mac = new ConfigLookup(Map.of(), "Mac OS X", home);
    assertThat(mac.standardPlaces())
        .containsExactly(
            home.resolve("Library/Application Support/BackOffice/backoffice.properties"),
            Path.of("/Library/Application Support/BackOffice/backoffice.properties"));
  }
}
