package app.backoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.store.sqlite.SqliteStore;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Deque;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  private static final Instant NOW = CliRunner.NOW;
  private static final String PASSWORD = "Harbour-Lantern-42";

  @TempDir Path dataDir;

  private CliRunner cli;
  private Deque<String> typed;
  private String out;
  private String err;

  @BeforeEach
  void newRunner() {
    cli = new CliRunner(dataDir);
    typed = cli.typed;
  }

  private int run(String stdin, String... arguments) {
    return keep(cli.run(stdin, StandardCharsets.UTF_8, arguments));
  }

  private int runIn(String stdin, String... arguments) {
    return keep(cli.runIn(stdin, arguments));
  }

  private int runIn(String stdin, Charset encoding, String... arguments) {
    return keep(cli.runIn(stdin, encoding, arguments));
  }

  private int keep(CliRunner.Result result) {
    out = result.out();
    err = result.err();
    return result.status();
  }

  private void addAdmin() {
    assertThat(keep(cli.addAdministrator("admin@example.com", PASSWORD))).isZero();
  }

  @Test
  void addingUserFromStandardInputListsThem() {
    addAdmin();
    assertThat(out).isEqualTo("Added admin@example.com as admin.\n");

    assertThat(runIn("", "user", "list")).isZero();
    assertThat(out)
        .startsWith("EMAIL")
        .contains("admin@example.com  admin  no   no        no      2026-12-03T10:00:00Z");
    assertThat(err).isEmpty();
  }

  @Test
  void listAsJsonGivesEveryField() {
    addAdmin();
    assertThat(runIn("", "user", "list", "--json")).isZero();
    assertThat(out)
        .isEqualTo(
            "[\n  {\"email\": \"admin@example.com\", \"role\": \"admin\", \"disabled\": false,"
                + " \"twoFactorEnabled\": false, \"locked\": false,"
                + " \"created\": \"2026-12-03T10:00:00Z\"}\n]\n");
  }

  @Test
  void dataDirectoryOptionWorksAfterTheSubcommandToo() {
    assertThat(
            run(
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
    typed.add(PASSWORD);
    typed.add(PASSWORD + "x");
    assertThat(runIn("", "user", "add", "--email", "a@example.com")).isEqualTo(Cli.FAILED);
    assertThat(err).isEqualTo("The two passwords do not match; nothing was changed.\n");

    typed.add(PASSWORD);
    typed.add(PASSWORD);
    assertThat(runIn("", "user", "add", "--email", "a@example.com")).isZero();
  }

  @Test
  void aTypedPasswordTheTerminalCouldNotDecodeIsRefused() {
    typed.add("caf\uFFFD-lantern-42");
    typed.add("caf\uFFFD-lantern-42");

    assertThat(runIn("", "user", "add", "--email", "a@example.com")).isEqualTo(Cli.FAILED);
    assertThat(err).contains("UTF-8 locale").contains("Nothing was changed");
    runIn("", "user", "list", "--json");
    assertThat(out).isEqualTo("[]\n");
  }

  @Test
  void anEmailTheTerminalCouldNotDecodeIsExplained() {
    assertThat(runIn("", "user", "add", "--email", "jos\uFFFD\uFFFD@example.com"))
        .isEqualTo(Cli.FAILED);
    assertThat(err)
        .isEqualTo(
            "The email holds characters this terminal's character set cannot read; set a UTF-8"
                + " locale, for example LANG=C.UTF-8, and try again.\n");
  }

  @Test
  void withoutTerminalOrStandardInputThePasswordCannotBeAsked() {
    assertThat(runIn("", "user", "add", "--email", "a@example.com")).isEqualTo(Cli.FAILED);
    assertThat(err).contains("--password-stdin");
  }

  @Test
  void weakPasswordIsRefusedWithEveryReasonAndNothingIsAdded() {
    assertThat(
            runIn("a@example.com\n", "user", "add", "--email", "a@example.com", "--password-stdin"))
        .isEqualTo(Cli.FAILED);
    assertThat(err).isEqualTo("The password is refused: it is the same as the email address.\n");

    assertThat(runIn("short\n", "user", "add", "--email", "a@example.com", "--password-stdin"))
        .isEqualTo(Cli.FAILED);
    assertThat(err).contains("fewer than 8 characters");

    runIn("", "user", "list", "--json");
    assertThat(out).isEqualTo("[]\n");
  }

  @Test
  void duplicateEmailIsRefusedBeforeThePasswordIsAsked() {
    addAdmin();
    assertThat(runIn("", "user", "add", "--email", " ADMIN@example.com ")).isEqualTo(Cli.FAILED);
    assertThat(err).isEqualTo("A user with the email admin@example.com already exists.\n");
  }

  @Test
  void invalidEmailIsRefused() {
    assertThat(runIn("", "user", "add", "--email", "not-an-email")).isEqualTo(Cli.FAILED);
    assertThat(err).isEqualTo("'not-an-email' is not an email address.\n");
  }

  @Test
  void unknownRoleIsAUsageError() {
    assertThat(runIn("", "user", "add", "--email", "a@example.com", "--role", "boss"))
        .isEqualTo(Cli.USAGE);
    assertThat(err)
        .isEqualTo(
            "Invalid value for option '--role': expected admin or staff, but got 'boss'."
                + " Run 'backoffice user add --help' for usage.\n");
  }

  @Test
  void unknownCommandIsAUsageErrorOnOneLine() {
    assertThat(runIn("", "user", "frobnicate")).isEqualTo(Cli.USAGE);
    assertThat(err.lines()).hasSize(1);
  }

  @Test
  void changesAreAppliedAndAuditedWithTheCommandLineAsSource() {
    addAdmin();
    assertThat(
            runIn(
                PASSWORD + "\n", "user", "add", "--email", "staff@example.com", "--password-stdin"))
        .isZero();
    assertThat(runIn("", "user", "disable", "--email", "staff@example.com")).isZero();
    assertThat(out).isEqualTo("Disabled staff@example.com; they can no longer sign in.\n");
    assertThat(runIn("", "user", "enable", "--email", "staff@example.com")).isZero();
    assertThat(runIn("", "user", "unlock", "--email", "staff@example.com")).isZero();
    assertThat(out).isEqualTo("staff@example.com was not locked; nothing changed.\n");
    assertThat(
            runIn(
                "Another-Secret-77\n",
                "user",
                "set-password",
                "--email",
                "staff@example.com",
                "--password-stdin"))
        .isZero();

    assertThat(runIn("", "audit", "--email", "staff@example.com", "--json")).isZero();
    assertThat(out)
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
      store.update(r -> r.users().enableTwoFactor(id, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", NOW, 1));
    }
    Files.delete(dataDir.resolve("secret.key"));

    assertThat(runIn("", "user", "list")).isEqualTo(Cli.FAILED);
    assertThat(err).contains("secret.key is missing").contains("reset-2fa --all");

    assertThat(runIn("", "user", "reset-2fa", "--all")).isZero();
    assertThat(out)
        .isEqualTo(
            "Two-factor authentication is off for one user, who can enrol again after signing"
                + " in.\n");
    assertThat(runIn("", "user", "reset-2fa", "--all")).isZero();
    assertThat(out).isEqualTo("Nobody had two-factor authentication on; nothing changed.\n");
    assertThat(runIn("", "user", "list", "--json")).isZero();
    assertThat(out).contains("\"twoFactorEnabled\": false");
    assertThat(dataDir.resolve("secret.key")).exists();
  }

  @Test
  void resetTwoFactorNeedsEitherAnEmailOrAll() {
    assertThat(runIn("", "user", "reset-2fa")).isEqualTo(Cli.USAGE);
    assertThat(err)
        .isEqualTo(
            "Missing required argument (specify one of these): (--email=EMAIL | --all)."
                + " Run 'backoffice user reset-2fa --help' for usage.\n");
    assertThat(runIn("", "user", "reset-2fa", "--all", "--email", "a@example.com"))
        .isEqualTo(Cli.USAGE);
  }

  @Test
  void disablingADisabledUserChangesNothing() {
    addAdmin();
    runIn(PASSWORD + "\n", "user", "add", "--email", "staff@example.com", "--password-stdin");
    assertThat(runIn("", "user", "disable", "--email", "staff@example.com")).isZero();

    assertThat(runIn("", "user", "disable", "--email", "staff@example.com")).isZero();
    assertThat(out).isEqualTo("staff@example.com was already disabled; nothing changed.\n");
    runIn("", "audit", "--email", "staff@example.com", "--json");
    assertThat(out.split("USER_DISABLED", -1)).hasSize(2);
  }

  @Test
  void lastAdministratorCannotBeDisabled() {
    addAdmin();
    assertThat(runIn("", "user", "disable", "--email", "admin@example.com")).isEqualTo(Cli.FAILED);
    assertThat(err).contains("last enabled administrator");
  }

  @Test
  void resettingTwoFactorOfAUserWithoutItIsRefused() {
    addAdmin();
    assertThat(runIn("", "user", "reset-2fa", "--email", "admin@example.com"))
        .isEqualTo(Cli.FAILED);
    assertThat(err).isEqualTo("Two-factor authentication is not enabled for admin@example.com.\n");
  }

  @Test
  void unknownUserIsRefused() {
    assertThat(runIn("", "user", "unlock", "--email", "ghost@example.com")).isEqualTo(Cli.FAILED);
    assertThat(err).isEqualTo("There is no user with the email ghost@example.com.\n");
  }

  @Test
  void auditFiltersBySinceAndLimit() {
    addAdmin();
    assertThat(runIn("", "audit", "--since", "2026-12-04")).isZero();
    assertThat(out).isEqualTo("No audit records match.\n");
    assertThat(runIn("", "audit", "--since", "2026-12-03T09:00:00Z", "--limit", "1")).isZero();
    assertThat(out.lines()).hasSize(2).last().asString().contains("USER_CREATED");
  }

  @Test
  void auditRefusesALimitOutOfRange() {
    assertThat(runIn("", "audit", "--limit", "0")).isEqualTo(Cli.USAGE);
    assertThat(err).startsWith("--limit must be between 1 and 100000.");
  }

  @Test
  void malformedSinceIsAUsageError() {
    assertThat(runIn("", "audit", "--since", "yesterday")).isEqualTo(Cli.USAGE);
    assertThat(err).contains("2026-01-31T08:00:00Z");
  }

  @Test
  void storeThatIsNotABackOfficeFileGivesOneSentenceAndExitOne() throws Exception {
    byte[] junk = "this is a shopping list, not a database".getBytes(StandardCharsets.UTF_8);
    Files.write(dataDir.resolve("backoffice.db"), junk);
    assertThat(runIn("", "user", "list")).isEqualTo(Cli.FAILED);
    assertThat(err).contains("is not a Back Office store").doesNotContain("Exception");
    assertThat(err.lines()).hasSize(1);
    assertThat(Files.readAllBytes(dataDir.resolve("backoffice.db"))).isEqualTo(junk);
  }

  @Test
  void helpAndVersionWorkOnEveryCommand() {
    assertThat(run("", "--help")).isZero();
    assertThat(out).contains("user").contains("audit");
    assertThat(run("", "user", "add", "--help")).isZero();
    assertThat(out).contains("--password-stdin").contains("--data-dir");
    assertThat(run("", "audit", "--version")).isZero();
    assertThat(out).startsWith("Back Office");
  }

  @Test
  void controlCharactersInArgumentsNeverReachStandardErrorRaw() {
    assertThat(runIn("", "user", "add", "--email", "evil\u001b[2J\n@example.com"))
        .isEqualTo(Cli.FAILED);
    assertThat(err.lines()).hasSize(1);
    assertThat(err).doesNotContain("\u001b");
  }

  @Test
  void passwordOnStandardInputIsBoundedInSize() {
    String flood = "x".repeat(PasswordInput.MAX_BYTES + 1);
    assertThat(runIn(flood, "user", "add", "--email", "a@example.com", "--password-stdin"))
        .isEqualTo(Cli.FAILED);
    assertThat(err).startsWith("The password on standard input is longer than 1024 bytes");
  }

  @Test
  void passwordThatIsNotUtf8IsRefusedRatherThanMangled() {
    byte[] latin1 = "caf\u00e9-Harbour-42\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(
            runIn(
                new String(latin1, StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1,
                "user",
                "add",
                "--email",
                "a@example.com",
                "--password-stdin"))
        .isEqualTo(Cli.FAILED);
    assertThat(err).contains("not valid UTF-8");
  }

  @Test
  void argumentStartingWithAtIsNotReadAsAFile() throws Exception {
    Path options = Files.writeString(dataDir.resolve("options.txt"), "--role admin");
    assertThat(runIn("", "user", "add", "--email", "@" + options)).isEqualTo(Cli.FAILED);
    assertThat(err).isEqualTo("'@" + options + "' is not an email address.\n");
  }

  @Test
  void emptyDataDirectoryIsAUsageError() {
    assertThat(run("", "--data-dir", "", "user", "list")).isEqualTo(Cli.USAGE);
    assertThat(err).startsWith("--data-dir needs the name of a folder.");
  }

  @Test
  void sinceBeyondTheYear9999IsAUsageError() {
    assertThat(runIn("", "audit", "--since", "+1000000000-01-01T00:00:00Z")).isEqualTo(Cli.USAGE);
    assertThat(err).contains("between the years 1 and 9999");
  }

  @Test
  void nothingTypedAtThePromptIsRefused() {
    typed.add("");
    assertThat(runIn("", "user", "add", "--email", "a@example.com")).isEqualTo(Cli.FAILED);
    assertThat(err).isEqualTo("No password was given.\n");
  }

  @Test
  void byteOrderMarkBeforeAPasswordOnStandardInputIsNotPartOfIt() {
    assertThat(
            runIn(
                "\uFEFF" + PASSWORD + "\r\n",
                "user",
                "add",
                "--email",
                "a@example.com",
                "--password-stdin"))
        .isZero();
    assertThat(
            runIn(PASSWORD + "\n", "user", "add", "--email", "b@example.com", "--password-stdin"))
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
    runIn(
        "Another-Secret-77\n",
        "user",
        "set-password",
        "--email",
        "admin@example.com",
        "--password-stdin");
    runIn("", "user", "add", "--email", "Pasted-Password-99");

    String log = Files.readString(dataDir.resolve("logs/backoffice.log"));
    assertThat(log)
        .isNotEmpty()
        .doesNotContain(PASSWORD)
        .doesNotContain("Another-Secret-77")
        .doesNotContain("Pasted-Password-99");
  }
}
