package app.backoffice.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.backoffice.auth.AuthSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigFileTest {

  @TempDir Path temp;

  private Path file(String text) throws Exception {
    Path file = temp.resolve("backoffice.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Configuration read(String text) throws Exception {
    return ConfigFile.read(file(text));
  }

  @Test
  void everySettingIsRead() throws Exception {
    Configuration configuration =
        read(
            """
            # A kiosk in the front office
            data-directory = /var/lib/backoffice
            kiosk = true
            idle-timeout = 90s
            require-2fa = true
            issuer = Acme Back Office
            bcrypt-cost = 13
            lockout-failures = 3
            lockout-duration = 10m
            lockout-max-duration = 2h
            """);

    assertThat(configuration.file()).contains(temp.resolve("backoffice.properties"));
    assertThat(configuration.dataDirectory()).contains(Path.of("/var/lib/backoffice"));
    assertThat(configuration.kiosk()).isTrue();
    assertThat(configuration.idleTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(configuration.twoFactorRequired()).isTrue();
    assertThat(configuration.auth().issuer()).isEqualTo("Acme Back Office");
    assertThat(configuration.auth().bcryptCost()).isEqualTo(13);
    assertThat(configuration.auth().throttle().maxFailures()).isEqualTo(3);
    assertThat(configuration.auth().throttle().firstLock()).isEqualTo(Duration.ofMinutes(10));
    assertThat(configuration.auth().throttle().maxLock()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void anEmptyFileKeepsEveryDefault() throws Exception {
    Configuration configuration = read("\n# nothing set yet\n! nor here\n");

    assertThat(configuration.dataDirectory()).isEmpty();
    assertThat(configuration.kiosk()).isFalse();
    assertThat(configuration.idleTimeout()).isEqualTo(Duration.ofMinutes(15));
    assertThat(configuration.twoFactorRequired()).isFalse();
    assertThat(configuration.auth()).isEqualTo(AuthSettings.DEFAULT);
  }

  @Test
  void aKioskSignsOutAfterTwoIdleMinutesUnlessTheFileSaysOtherwise() throws Exception {
    assertThat(read("kiosk = true\n").idleTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(read("kiosk = true\nidle-timeout = 5m\n").idleTimeout())
        .isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void idleTimeoutZeroTurnsIdleSignOutOff() throws Exception {
    Configuration configuration = read("idle-timeout = 0\n");
    assertThat(configuration.idleSignOut()).isFalse();
  }

  @Test
  void colonsCommentsWindowsLineEndsAndAByteOrderMarkAreUnderstood() throws Exception {
    Configuration configuration =
        read("\uFEFF# saved by Notepad\r\nKiosk: TRUE\r\n  issuer=Front desk  \r\n");
    assertThat(configuration.kiosk()).isTrue();
    assertThat(configuration.auth().issuer()).isEqualTo("Front desk");
  }

  @Test
  void aWindowsPathNeedsNoDoubledBackslashes() throws Exception {
    String path = Path.of("/srv/data").toAbsolutePath().toString();
    assertThat(read("data-directory = " + path + "\n").dataDirectory()).contains(Path.of(path));
  }

  @Test
  void lockingLongerThanTheDefaultMaximumRaisesTheMaximumWithIt() throws Exception {
    Configuration configuration = read("lockout-duration = 2h\n");
    assertThat(configuration.auth().throttle().maxLock()).isEqualTo(Duration.ofHours(2));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kiosk|maybe|kiosk must be true or false, not \"maybe\".",
        "require-2fa|1|require-2fa must be true or false",
        "idle-timeout|15|idle-timeout must be a time from 1m to 24h written with its unit, such as"
            + " 90s, 15m or 2h, or 0 to turn idle sign-out off, not \"15\".",
        "idle-timeout|30s|idle-timeout must be a time from 1m to 24h",
        "idle-timeout|25h|idle-timeout must be a time from 1m to 24h",
        "bcrypt-cost|9|bcrypt-cost must be a whole number from 10 to 16, not \"9\".",
        "bcrypt-cost|31|bcrypt-cost must be a whole number from 10 to 16",
        "bcrypt-cost|twelve|bcrypt-cost must be a whole number from 10 to 16",
        "lockout-failures|0|lockout-failures must be a whole number from 1 to 100",
        "lockout-duration|-5m|lockout-duration must be a time from 1m to 24h",
        "issuer|Acme: Back Office|issuer must be a name of 1 to 64 characters without a colon",
        "data-directory|relative/folder|data-directory must be an absolute path to a folder",
      })
  void aBadValueNamesTheFileTheLineAndWhatIsAccepted(String key, String value, String message)
      throws Exception {
    Path file = file("# settings\n\n" + key + " = " + value + "\n");

    assertThatThrownBy(() -> ConfigFile.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("In " + file + ", line 3: ")
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "kiosk = {0}")
  @CsvSource({"yes", "on", "1", "no", "off", "0", "enabled"})
  void onlyTrueOrFalseAreBooleans(String value) throws Exception {
    Path file = file("kiosk = " + value + "\n");

    assertThatThrownBy(() -> ConfigFile.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage("In " + file + ", line 1: kiosk must be true or false, not \"" + value + "\".");
  }

  @Test
  void trueAndFalseAreReadInAnyCase() throws Exception {
    assertThat(read("kiosk = True\nrequire-2fa = TRUE\n").twoFactorRequired()).isTrue();
    assertThat(read("kiosk = FALSE\n").kiosk()).isFalse();
  }

  @Test
  void anUnknownKeySuggestsTheNearestAndListsTheRest() throws Exception {
    Path file = file("kiosk = true\nidle-timout = 5m\n");

    assertThatThrownBy(() -> ConfigFile.read(file))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "In "
                + file
                + ", line 2: there is no setting \"idle-timout\"; did you mean idle-timeout? The"
                + " settings are: data-directory, kiosk, idle-timeout, require-2fa, issuer,"
                + " bcrypt-cost, lockout-failures, lockout-duration, lockout-max-duration.");
  }

  @Test
  void aKeyGivenTwiceIsRefusedNamingBothLines() throws Exception {
    Path file = file("kiosk = true\n\nKIOSK = false\n");

    assertThatThrownBy(() -> ConfigFile.read(file))
        .hasMessage(
            "In " + file + ", line 3: kiosk is already set on line 1: keep one of the two lines.");
  }

  @Test
  void aLineWithoutSeparatorIsRefused() throws Exception {
    Path file = file("kiosk true\n");

    assertThatThrownBy(() -> ConfigFile.read(file))
        .hasMessageStartingWith("In " + file + ", line 1: \"kiosk true\" is not a setting");
  }

  @Test
  void aMaximumLockShorterThanTheFirstIsRefused() throws Exception {
    Path file = file("lockout-duration = 30m\nlockout-max-duration = 10m\n");

    assertThatThrownBy(() -> ConfigFile.read(file))
        .hasMessage(
            "In "
                + file
                + ", line 2: lockout-max-duration (10m) must be at least lockout-duration (30m),"
                + " since each further lock in a row lasts twice as long up to it.");
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() throws Exception {
    Path file = temp.resolve("latin1.properties");
    Files.write(file, "issuer = Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThatThrownBy(() -> ConfigFile.read(file))
        .hasMessage("The configuration file " + file + " is not UTF-8 text: save it as UTF-8.");
  }

  @Test
  void aControlCharacterInAValueIsShownSafelyInTheMessage() throws Exception {
    Path file = file("issuer = Back\u001b[2JOffice\n");

    assertThatThrownBy(() -> ConfigFile.read(file))
        .hasMessageContaining("not \"Back\uFFFD[2JOffice\"")
        .hasMessageNotContaining("\u001b");
  }

  @Test
  void aFolderOrAHugeFileIsNotReadAsConfiguration() throws Exception {
    assertThatThrownBy(() -> ConfigFile.read(temp))
        .hasMessage("The configuration file " + temp + " is a folder: name the file inside it.");

    Path huge = temp.resolve("huge.properties");
    Files.write(huge, new byte[70_000]);
    assertThatThrownBy(() -> ConfigFile.read(huge)).hasMessageContaining("larger than 64 KiB");
  }

  @Test
  void whatTheFileWouldWriteReadsBackToTheSameSettings() throws Exception {
    Configuration original =
        read(
            "data-directory = /srv/bo\nkiosk = true\nidle-timeout = 0\nissuer = Front desk\n"
                + "lockout-duration = 90s\n");
    StringBuilder text = new StringBuilder();
    ConfigFile.written(original)
        .forEach((key, value) -> text.append(key).append(" = ").append(value).append('\n'));

    Configuration again = read(text.toString());

    assertThat(again).isEqualTo(original);
    assertThat(again.file()).isEqualTo(Optional.of(temp.resolve("backoffice.properties")));
  }
}
