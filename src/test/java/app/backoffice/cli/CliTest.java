package app.backoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.auth.PasswordProblem;
import app.backoffice.store.sqlite.SqliteStore;
import app.backoffice.store.sqlite.StoreTables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  private static final String PASSWORD = "Harbour-Lantern-42";

  @TempDir Path dataDir;

  private CliFixture cli;

  @BeforeEach
  void runInATemporaryDataDirectory() {
    cli = CliFixture.honouringDataDirOption(dataDir);
  }

  private void addAdmin() {
    cli.addUser("admin@example.com", "admin", PASSWORD);
  }

  @Test
  void addingUserFromStandardInputListsThem() {
    addAdmin();
    assertThat(cli.out()).isEqualTo("Added admin@example.com as admin.\n");

    assertThat(cli.runIn("", "user", "list")).isZero();
    assertThat(cli.out())
        .startsWith("EMAIL")
        .contains("admin@example.com  admin  no   no        no      2026-12-03T10:00:00Z");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void listAsJsonGivesEveryField() {
    addAdmin();
    assertThat(cli.runIn("", "user", "list", "--json")).isZero();
    assertThat(cli.out())
        .isEqualTo(
            "[\n  {\"email\": \"admin@example.com\", \"role\": \"admin\", \"disabled\": false,"
                + " \"twoFactorEnabled\": false, \"locked\": false,"
                + " \"created\": \"2026-12-03T10:00:00Z\"}\n]\n");
  }

  @Test
  void dataDirectoryOptionWorksAfterTheSubcommandToo() {
    assertThat(
            cli.run(
                PASSWORD + "\n",
                "user",
                "add",
                "--email",
                "staff@example.com",
                "--password-stdin",
                "--data-dir",
                dataDir.toString()))
        .isZero();
    assertThat(Files.exists(dataDir.resolve("backoffice.db"))).isTrue();
  }

  @Test
  void typedPasswordIsAskedTwiceAndMustMatch() {
    cli.typed.add(PASSWORD);
    cli.typed.add(PASSWORD + "x");
    assertThat(cli.runIn("", "user", "add", "--email", "a@example.com")).isEqualTo(Cli.FAILED);
    assertThat(cli.err()).isEqualTo("The two passwords do not match; nothing was changed.\n");

    cli.typed.add(PASSWORD);
    cli.typed.add(PASSWORD);
    assertThat(cli.runIn("", "user", "add", "--email", "a@example.com")).isZero();
  }

  @Test
  void aTypedPasswordTheTerminalCouldNotDecodeIsRefused() {
    cli.typed.add("caf\uFFFD-lantern-42");
    cli.typed.add("caf\uFFFD-lantern-42");

    assertThat(cli.runIn("", "user", "add", "--email", "a@example.com")).isEqualTo(Cli.FAILED);
    assertThat(cli.err()).contains("UTF-8 locale").contains("Nothing was changed");
    cli.runIn("", "user", "list", "--json");
    assertThat(cli.out()).isEqualTo("[]\n");
  }

  @Test
  void anEmailTheTerminalCouldNotDecodeIsExplained() {
    assertThat(cli.runIn("", "user", "add", "--email", "jos\uFFFD\uFFFD@example.com"))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err())
        .isEqualTo(
            "The email holds characters this terminal's character set cannot read; set a UTF-8"
                + " locale, for example LANG=C.UTF-8, and try again.\n");
  }

  @Test
  void withoutTerminalOrStandardInputThePasswordCannotBeAsked() {
    assertThat(cli.runIn("", "user", "add", "--email", "a@example.com")).isEqualTo(Cli.FAILED);
    assertThat(cli.err()).contains("--password-stdin");
  }

  @Test
  void weakPasswordIsRefusedWithEveryReasonAndNothingIsAdded() {
    assertThat(
            cli.runIn(
                "a@example.com\n", "user", "add", "--email", "a@example.com", "--password-stdin"))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err())
        .isEqualTo("The password is refused: it is the same as the email address.\n");

    assertThat(cli.runIn("short\n", "user", "add", "--email", "a@example.com", "--password-stdin"))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err()).contains("fewer than 8 characters");

    cli.runIn("", "user", "list", "--json");
    assertThat(cli.out()).isEqualTo("[]\n");
  }

  @Test
  void everyRuleOfThePasswordPolicyHasItsOwnReason() {
    String sentence = new CliMessages(Locale.ROOT).weakPassword(List.of(PasswordProblem.values()));

    assertThat(sentence.split("; "))
        .hasSize(PasswordProblem.values().length)
        .doesNotHaveDuplicates();
  }

  @Test
  void duplicateEmailIsRefusedBeforeThePasswordIsAsked() {
    addAdmin();
    assertThat(cli.runIn("", "user", "add", "--email", " ADMIN@example.com "))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err()).isEqualTo("A user with the email admin@example.com already exists.\n");
  }

  @Test
  void invalidEmailIsRefused() {
    assertThat(cli.runIn("", "user", "add", "--email", "not-an-email")).isEqualTo(Cli.FAILED);
    assertThat(cli.err()).isEqualTo("'not-an-email' is not an email address.\n");
  }

  @Test
  void emailThatLooksLikeAnExistingAccountsIsRefusedAndNothingIsWritten() {
    addAdmin();
    cli.addUser("a@example.com", "staff", PASSWORD);
    StoreTables before = StoreTables.of(dataDir);
    String refusal =
        "'\u0430@example.com' is refused: it looks the same as an existing account's address.\n";

    // A Cyrillic а: refused before the password is asked, and again when it is given
    assertThat(cli.runIn("", "user", "add", "--email", "\u0430@example.com")).isEqualTo(Cli.FAILED);
    assertThat(cli.err()).isEqualTo(refusal);
    assertThat(
            cli.runIn(
                PASSWORD + "\n",
                "user",
                "add",
                "--email",
                "\u0430@example.com",
                "--password-stdin"))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err()).isEqualTo(refusal);

    StoreTables after = StoreTables.of(dataDir);
    assertThat(after.table(StoreTables.USERS)).hasSize(2);
    assertThat(after.table(StoreTables.AUDIT_LOG))
        .noneMatch(row -> row.contains("\u0430@example.com"));
    assertThat(after).isEqualTo(before);
  }

  @Test
  void emailThatMixesAlphabetsIsRefusedWithThatReason() {
    // A Cyrillic а before "dmin"
    assertThat(cli.runIn("", "user", "add", "--email", "\u0430dmin@example.com"))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err())
        .isEqualTo(
            "'\u0430dmin@example.com' is refused: it mixes letters from different alphabets,"
                + " such as Cyrillic or Greek letters among Latin ones.\n");
  }

  @Test
  void emailWithAnInvisibleCharacterIsRefusedWithThatReasonAndShowsWhereItIs() {
    for (String invisible : List.of("\u200b", "\ufe0f")) {
      assertThat(cli.runIn("", "user", "add", "--email", "ki" + invisible + "m@example.com"))
          .isEqualTo(Cli.FAILED);
      assertThat(cli.err())
          .isEqualTo(
              "'ki\ufffdm@example.com' is refused: it contains an invisible character, such as a"
                  + " zero-width space, a joiner or a direction mark.\n");
    }
  }

  @Test
  void unknownRoleIsAUsageError() {
    assertThat(cli.runIn("", "user", "add", "--email", "a@example.com", "--role", "boss"))
        .isEqualTo(Cli.USAGE);
    assertThat(cli.err()).isEqualTo("--role takes admin or staff, not 'boss'.\n");
  }

  @Test
  void changesAreAppliedAndAuditedWithTheCommandLineAsSource() {
    addAdmin();
    assertThat(
            cli.runIn(
                PASSWORD + "\n", "user", "add", "--email", "staff@example.com", "--password-stdin"))
        .isZero();
    assertThat(cli.runIn("", "user", "disable", "--email", "staff@example.com")).isZero();
    assertThat(cli.out()).isEqualTo("Disabled staff@example.com; they can no longer sign in.\n");
    assertThat(cli.runIn("", "user", "enable", "--email", "staff@example.com")).isZero();
    assertThat(cli.runIn("", "user", "unlock", "--email", "staff@example.com")).isZero();
    assertThat(cli.out()).isEqualTo("staff@example.com was not locked; nothing changed.\n");
    assertThat(
            cli.runIn(
                "Another-Secret-77\n",
                "user",
                "set-password",
                "--email",
                "staff@example.com",
                "--password-stdin"))
        .isZero();

    assertThat(cli.runIn("", "audit", "--email", "staff@example.com", "--json")).isZero();
    assertThat(cli.out())
        .contains("\"event\": \"PASSWORD_CHANGED\"")
        .contains("\"event\": \"USER_ENABLED\"")
        .contains("\"event\": \"USER_DISABLED\"")
        .contains("\"event\": \"USER_CREATED\"")
        .contains("\"source\": \"cli\"")
        .doesNotContain("Another-Secret-77")
        .doesNotContain(PASSWORD);
  }

  @Test
  void lostKeyFileIsRepairedBySwitchingEveryonesTwoFactorOff() throws Exception {
    addAdmin();
    try (SqliteStore store = SqliteStore.open(dataDir, new SecureRandom())) {
      long id = store.read(r -> r.users().findByEmail("admin@example.com")).orElseThrow().id();
      store.update(
          r ->
              r.users().enableTwoFactor(id, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", CliFixture.NOW, 1));
    }
    Files.delete(dataDir.resolve("secret.key"));

    assertThat(cli.runIn("", "user", "list")).isEqualTo(Cli.FAILED);
    assertThat(cli.err()).contains("secret.key is missing").contains("reset-2fa --all");

    assertThat(cli.runIn("", "user", "reset-2fa", "--all")).isZero();
    assertThat(cli.out())
        .isEqualTo(
            "Two-factor authentication is off for one user, who can enrol again after signing"
                + " in.\n");
    assertThat(cli.runIn("", "user", "reset-2fa", "--all")).isZero();
    assertThat(cli.out()).isEqualTo("Nobody had two-factor authentication on; nothing changed.\n");
    assertThat(cli.runIn("", "user", "list", "--json")).isZero();
    assertThat(cli.out()).contains("\"twoFactorEnabled\": false");
    assertThat(dataDir.resolve("secret.key")).exists();
  }

  @Test
  void resetTwoFactorNeedsEitherAnEmailOrAll() {
    assertThat(cli.runIn("", "user", "reset-2fa")).isEqualTo(Cli.USAGE);
    assertThat(cli.err()).isEqualTo("backoffice user reset-2fa needs --email EMAIL or --all.\n");
    assertThat(cli.runIn("", "user", "reset-2fa", "--all", "--email", "a@example.com"))
        .isEqualTo(Cli.USAGE);
    assertThat(cli.err())
        .isEqualTo("backoffice user reset-2fa takes --email EMAIL or --all, not both.\n");
  }

  @Test
  void disablingADisabledUserChangesNothing() {
    addAdmin();
    cli.runIn(PASSWORD + "\n", "user", "add", "--email", "staff@example.com", "--password-stdin");
    assertThat(cli.runIn("", "user", "disable", "--email", "staff@example.com")).isZero();

    assertThat(cli.runIn("", "user", "disable", "--email", "staff@example.com")).isZero();
    assertThat(cli.out()).isEqualTo("staff@example.com was already disabled; nothing changed.\n");
    cli.runIn("", "audit", "--email", "staff@example.com", "--json");
    assertThat(cli.out().split("USER_DISABLED", -1)).hasSize(2);
  }

  @Test
  void lastAdministratorCannotBeDisabled() {
    addAdmin();
    assertThat(cli.runIn("", "user", "disable", "--email", "admin@example.com"))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err()).contains("last enabled administrator");
  }

  @Test
  void resettingTwoFactorOfAUserWithoutItIsRefused() {
    addAdmin();
    assertThat(cli.runIn("", "user", "reset-2fa", "--email", "admin@example.com"))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err())
        .isEqualTo("Two-factor authentication is not enabled for admin@example.com.\n");
  }

  @Test
  void unknownUserIsRefused() {
    assertThat(cli.runIn("", "user", "unlock", "--email", "ghost@example.com"))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err()).isEqualTo("There is no user with the email ghost@example.com.\n");
  }

  @Test
  void auditFiltersBySinceAndLimit() {
    addAdmin();
    assertThat(cli.runIn("", "audit", "--since", "2026-12-04")).isZero();
    assertThat(cli.out()).isEqualTo("No audit records match.\n");
    assertThat(cli.runIn("", "audit", "--since", "2026-12-03T09:00:00Z", "--limit", "1")).isZero();
    assertThat(cli.out().lines()).hasSize(2).last().asString().contains("USER_CREATED");
  }

  @Test
  void auditRefusesALimitOutOfRange() {
    assertThat(cli.runIn("", "audit", "--limit", "0")).isEqualTo(Cli.USAGE);
    assertThat(cli.err())
        .isEqualTo("--limit takes a whole number from 1 to 100000, such as 50, not '0'.\n");
    assertThat(cli.runIn("", "audit", "--limit", "100001")).isEqualTo(Cli.USAGE);
    assertThat(cli.runIn("", "audit", "--limit", "100000")).isZero();
  }

  @Test
  void malformedSinceIsAUsageError() {
    assertThat(cli.runIn("", "audit", "--since", "yesterday")).isEqualTo(Cli.USAGE);
    assertThat(cli.err()).contains("2026-01-31T08:00:00Z");
  }

  @Test
  void storeThatIsNotABackOfficeFileGivesOneSentenceAndExitOne() throws Exception {
    byte[] junk = "this is a shopping list, not a database".getBytes(StandardCharsets.UTF_8);
    Files.write(dataDir.resolve("backoffice.db"), junk);
    assertThat(cli.runIn("", "user", "list")).isEqualTo(Cli.FAILED);
    assertThat(cli.err()).contains("is not a Back Office store").doesNotContain("Exception");
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(Files.readAllBytes(dataDir.resolve("backoffice.db"))).isEqualTo(junk);
  }

  @Test
  void helpAndVersionWorkOnEveryCommand() {
    assertThat(cli.run("", "--help")).isZero();
    assertThat(cli.out()).contains("user").contains("audit");
    assertThat(cli.run("", "user", "add", "--help")).isZero();
    assertThat(cli.out()).contains("--password-stdin").contains("--data-dir");
    assertThat(cli.run("", "audit", "--version")).isZero();
    assertThat(cli.out()).startsWith("Back Office");
  }

  @Test
  void withoutAWindowNoCommandPointsToTheWindowLauncherAndPrintsTheHelp() {
    assertThat(cli.run("")).isZero();
    assertThat(cli.out())
        .startsWith("This is the Back Office command line: it opens no window (the \"Back Office\"")
        .contains("Usage: backoffice")
        .contains("user")
        .contains("audit");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void controlCharactersInArgumentsNeverReachStandardErrorRaw() {
    assertThat(cli.runIn("", "user", "add", "--email", "evil\u001b[2J\n@example.com"))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err()).doesNotContain("\u001b");
  }

  @Test
  void aMegabyteGivenAsAnEmailIsQuotedCutShort() {
    String pasted = "Harbour".repeat(150_000);

    assertThat(cli.runIn("", "user", "unlock", "--email", pasted)).isEqualTo(Cli.FAILED);

    assertThat(cli.err())
        .isEqualTo(
            "'"
                + pasted.substring(0, CommandContext.QUOTED)
                + "\u2026' is not an email address.\n");
  }

  @Test
  void aMegabyteGivenAsAnOptionIsQuotedCutShort() {
    String pasted = "--" + "x".repeat(1 << 20);

    assertThat(cli.runIn("", "user", "list", pasted)).isEqualTo(Cli.USAGE);

    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err())
        .startsWith("'--xxx")
        .hasSizeLessThan(400)
        .endsWith(
            "\u2026' is not an option of backoffice user list; run 'backoffice user list --help'"
                + " to see them.\n");
  }

  @Test
  void passwordOnStandardInputIsBoundedInSize() {
    String flood = "x".repeat(PasswordInput.MAX_BYTES + 1);
    assertThat(cli.runIn(flood, "user", "add", "--email", "a@example.com", "--password-stdin"))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err()).startsWith("The password on standard input is longer than 1024 bytes");
  }

  @Test
  void passwordThatIsNotUtf8IsRefusedRatherThanMangled() {
    byte[] latin1 = "caf\u00e9-Harbour-42\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(
            cli.runIn(
                new String(latin1, StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1,
                "user",
                "add",
                "--email",
                "a@example.com",
                "--password-stdin"))
        .isEqualTo(Cli.FAILED);
    assertThat(cli.err()).contains("not valid UTF-8");
  }

  @Test
  void argumentStartingWithAtIsNotReadAsAFile() throws Exception {
    Path options = Files.writeString(dataDir.resolve("options.txt"), "--role admin");
    assertThat(cli.runIn("", "user", "add", "--email", "@" + options)).isEqualTo(Cli.FAILED);
    assertThat(cli.err()).isEqualTo("'@" + options + "' is not an email address.\n");
  }

  @Test
  void emptyDataDirectoryIsAUsageError() {
    assertThat(cli.run("", "--data-dir", "", "user", "list")).isEqualTo(Cli.USAGE);
    assertThat(cli.err()).startsWith("--data-dir needs the name of a folder.");
  }

  @Test
  void aDataDirectoryTheSystemCannotNameIsAUsageErrorInWords() {
    assertThat(cli.run("", "--data-dir", "data\u0000dir", "user", "list")).isEqualTo(Cli.USAGE);

    assertThat(cli.err())
        .isEqualTo("--data-dir takes the name of a folder, not 'data\ufffddir'.\n");
  }

  @Test
  void sinceBeyondTheYear9999IsAUsageError() {
    assertThat(cli.runIn("", "audit", "--since", "+1000000000-01-01T00:00:00Z"))
        .isEqualTo(Cli.USAGE);
    assertThat(cli.err()).contains("from the year 1 to 9999");
  }

  @Test
  void nothingTypedAtThePromptIsRefused() {
    cli.typed.add("");
    assertThat(cli.runIn("", "user", "add", "--email", "a@example.com")).isEqualTo(Cli.FAILED);
    assertThat(cli.err()).isEqualTo("No password was given.\n");
  }

  @Test
  void byteOrderMarkBeforeAPasswordOnStandardInputIsNotPartOfIt() {
    assertThat(
            cli.runIn(
                "\uFEFF" + PASSWORD + "\r\n",
                "user",
                "add",
                "--email",
                "a@example.com",
                "--password-stdin"))
        .isZero();
    assertThat(
            cli.runIn(
                PASSWORD + "\n", "user", "add", "--email", "b@example.com", "--password-stdin"))
        .isZero();

    try (SqliteStore store = SqliteStore.open(dataDir, new SecureRandom())) {
      String first =
          store.read(r -> r.users().findByEmail("a@example.com")).orElseThrow().passwordHash();
      assertThat(
              new BcryptPasswordHasher(4, new SecureRandom()).matches(PASSWORD, Optional.of(first)))
          .isTrue();
    }
  }

  @Test
  void logFileNeverHoldsAPassword() throws Exception {
    addAdmin();
    cli.runIn(
        "Another-Secret-77\n",
        "user",
        "set-password",
        "--email",
        "admin@example.com",
        "--password-stdin");
    cli.runIn("", "user", "add", "--email", "Pasted-Password-99");

    String log = Files.readString(dataDir.resolve("logs/backoffice.log"));
    assertThat(log)
        .isNotEmpty()
        .doesNotContain(PASSWORD)
        .doesNotContain("Another-Secret-77")
        .doesNotContain("Pasted-Password-99");
  }
}
