package app.backoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wrong usage is told in one plain sentence with exit status 2, never in the parser's words. */
class UsageErrorsTest {

  @TempDir Path dataDir;

  private CliFixture cli;

  @BeforeEach
  void runInATemporaryDataDirectory() {
    cli = CliFixture.honouringDataDirOption(dataDir);
  }

  @Test
  void anUnknownCommandIsNamedWithWhereToSeeTheCommands() {
    assertThat(cli.runIn("", "frobnicate")).isEqualTo(Cli.USAGE);

    assertThat(cli.err())
        .isEqualTo("'frobnicate' is not a command; run 'backoffice --help' to see them.\n");
  }

  @Test
  void anUnknownCommandOfUserPointsToTheHelpOfUser() {
    assertThat(cli.runIn("", "user", "frob")).isEqualTo(Cli.USAGE);

    assertThat(cli.err())
        .isEqualTo("'frob' is not a command; run 'backoffice user --help' to see them.\n");
  }

  @Test
  void aMisspeltCommandSuggestsTheNearestInASentence() {
    assertThat(cli.runIn("", "user", "lst")).isEqualTo(Cli.USAGE);

    assertThat(cli.err())
        .isEqualTo(
            "'lst' is not a command; perhaps you meant 'list', or run 'backoffice user --help'"
                + " to see them all.\n");
  }

  @Test
  void aCommandGivenWithoutOneOfItsCommandsSaysItNeedsOne() {
    assertThat(cli.runIn("", "user")).isEqualTo(Cli.USAGE);

    assertThat(cli.err())
        .isEqualTo("backoffice user needs a command; run 'backoffice user --help' to see them.\n");
  }

  @Test
  void aStrayArgumentIsNotExpectedByTheCommandItWasGivenTo() {
    assertThat(cli.runIn("", "user", "list", "--json", "extra")).isEqualTo(Cli.USAGE);

    assertThat(cli.err())
        .isEqualTo(
            "backoffice user list does not expect 'extra'; run 'backoffice user list --help' to"
                + " see what it takes.\n");
  }

  @Test
  void anUnknownOptionNamesTheCommandAndSuggestsTheNearest() {
    assertThat(cli.runIn("", "user", "list", "--bogus")).isEqualTo(Cli.USAGE);
    assertThat(cli.err())
        .isEqualTo(
            "'--bogus' is not an option of backoffice user list; run 'backoffice user list"
                + " --help' to see them.\n");

    assertThat(cli.runIn("", "user", "list", "--jsn")).isEqualTo(Cli.USAGE);
    assertThat(cli.err())
        .isEqualTo(
            "'--jsn' is not an option of backoffice user list; perhaps you meant '--json', or"
                + " run 'backoffice user list --help' to see them all.\n");
  }

  @Test
  void aLimitThatIsNoWholeNumberSaysWhatItTakes() {
    assertThat(cli.runIn("", "audit", "--limit", "abc")).isEqualTo(Cli.USAGE);
    assertThat(cli.err())
        .isEqualTo("--limit takes a whole number from 1 to 100000, such as 50, not 'abc'.\n");

    assertThat(cli.runIn("", "audit", "--limit", "99999999999")).isEqualTo(Cli.USAGE);
    assertThat(cli.err()).startsWith("--limit takes a whole number from 1 to 100000");
  }

  @Test
  void anOptionGivenWithoutItsValueSaysWhatItNeeds() {
    assertThat(cli.runIn("", "audit", "--limit")).isEqualTo(Cli.USAGE);
    assertThat(cli.err()).isEqualTo("--limit needs a whole number from 1 to 100000, such as 50.\n");

    assertThat(cli.runIn("", "user", "add", "--email")).isEqualTo(Cli.USAGE);
    assertThat(cli.err()).isEqualTo("--email needs an email address.\n");

    assertThat(cli.runIn("", "user", "add", "--email", "a@example.com", "--role="))
        .isEqualTo(Cli.USAGE);
    assertThat(cli.err()).isEqualTo("--role needs admin or staff.\n");

    assertThat(cli.run("", "user", "list", "--config")).isEqualTo(Cli.USAGE);
    assertThat(cli.err()).isEqualTo("--config needs the name of a file.\n");
  }

  @Test
  void aRequiredOptionLeftOutIsNamedAsTheHelpWritesIt() {
    assertThat(cli.runIn("", "user", "add")).isEqualTo(Cli.USAGE);

    assertThat(cli.err()).isEqualTo("backoffice user add needs --email EMAIL.\n");
  }

  @Test
  void aSinceThatIsNoTimeSaysWhichTimesItTakes() {
    assertThat(cli.runIn("", "audit", "--since", "garbage")).isEqualTo(Cli.USAGE);

    assertThat(cli.err())
        .isEqualTo(
            "--since takes a date or UTC time from the year 1 to 9999, such as 2026-01-31 or"
                + " 2026-01-31T08:00:00Z, not 'garbage'.\n");
  }

  @Test
  void anOptionGivenTwiceIsNamed() {
    assertThat(cli.runIn("", "user", "add", "--email", "a@example.com", "--email", "b@example.com"))
        .isEqualTo(Cli.USAGE);

    assertThat(cli.err()).isEqualTo("--email is given more than once; give it once.\n");
  }

  @Test
  void aSwitchGivenAValueSaysItTakesNone() {
    assertThat(cli.runIn("", "user", "list", "--json=maybe")).isEqualTo(Cli.USAGE);

    assertThat(cli.err()).isEqualTo("--json takes no value; write it alone, without '=maybe'.\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "frobnicate",
        "user frob",
        "user list --json extra",
        "user list extra more",
        "user",
        "user add",
        "user add --email",
        "user add --email a@example.com --role boss",
        "user add --email a@example.com --email b@example.com",
        "user add --email a@example.com --password-stdin=yes",
        "user reset-2fa",
        "user reset-2fa --all --email a@example.com",
        "user list --bogus",
        "--bogus",
        "-x",
        "help",
        "audit --limit abc",
        "audit --limit",
        "audit --limit=",
        "audit --limit -5",
        "audit --since garbage",
        "audit --since",
        "config extra",
        "--config"
      })
  void wrongUsageIsOnePlainSentenceWithoutTheParsersWords(String arguments) {
    assertThat(cli.runIn("", arguments.split(" "))).isEqualTo(Cli.USAGE);

    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err())
        .endsWith(".\n")
        .doesNotContainIgnoringCase("index")
        .doesNotContain("Unmatched")
        .doesNotContain("Unknown option")
        .doesNotContain("Invalid value")
        .doesNotContain("is not an int")
        .doesNotContain("is not a boolean")
        .doesNotContain("Missing required")
        .doesNotContain("specified only once")
        .doesNotContain("mutually exclusive")
        .doesNotContain("Exception");
  }
}
