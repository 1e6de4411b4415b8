package app.backoffice.auth;

import static app.backoffice.auth.AuthFixture.EMAIL;
import static app.backoffice.auth.AuthFixture.PASSWORD;
import static app.backoffice.auth.AuthFixture.STEP;
import static app.backoffice.store.sqlite.StoreTables.RECOVERY_CODES;
import static app.backoffice.store.sqlite.StoreTables.THROTTLE;
import static app.backoffice.store.sqlite.StoreTables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.auth.AccountException.Reason;
import app.backoffice.auth.AuthFixture.Enrolled;
import app.backoffice.auth.Outcomes.InvalidCode;
import app.backoffice.auth.Outcomes.Locked;
import app.backoffice.auth.Outcomes.WeakPassword;
import app.backoffice.auth.Outcomes.WrongPassword;
import app.backoffice.store.AuditEntry;
import app.backoffice.store.Role;
import app.backoffice.store.User;
import app.backoffice.store.sqlite.StoreTables;
import app.backoffice.text.HostileText;
import app.backoffice.text.HostileText.Typed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile emails, passwords and codes given to every entry point of the auth and account services
 * that takes them. Each call ends in one of its sealed results, or an {@link AccountException}
 * whose reason the screens and the command line translate; nothing else is thrown. What a refused
 * input must leave alone is read back from the store's rows: a refused sign-in may count a failure
 * and audit it, but creates or alters no account; input that is not even well-formed writes nothing
 * at all. Only the right value, up to the normalisation the services promise, gets through. bcrypt
 * is never given more than 72 bytes.
 *
 * <p>Alice has 2FA, Bob has not; both stay signed in for the account operations. Each try unlocks
 * the account it aims at, so that the checks behind the lock keep being reached, and moves the
 * clock one TOTP step on, so that a right code is never a replay of the previous try's.
 */
@PropertyDefaults(tries = 100)
class AuthInputProperties extends ServiceInputProperties {

  private static final String BOB = "bob@example.com";

  private Enrolled alice;
  private List<String> unusedRecoveryCodes;
  private Session aliceSession;
  private Session bobSession;
  private String bobPassword = "quiet-meadow-73";

  @BeforeProperty
  void openAStoreWithAliceEnrolledAndBobWithout() {
    fixture.addAlice();
    fixture.admin().addUser(BOB, bobPassword, Role.STAFF);
    bobSession = fixture.signIn(BOB, bobPassword);
    enrolAliceAfresh();
  }

  // ---- first run ----------------------------------------------------------------------------

  @Property
  void firstAdministratorIsCreatedOrRefusedWithoutATrace(
      @ForAll(supplier = HostileText.Emails.class) String email,
      @ForAll(supplier = HostileText.Passwords.class) String password) {
    if (!bench.fixture().auth().needsFirstAdministrator()) {
      bench.startAfresh();
    }
    AuthFixture empty = bench.fixture();

    String outcome =
        bench.doneOrRefused(
            () -> {
              empty.auth().createFirstAdministrator(email, password);
              return null;
            },
            Reason.INVALID_EMAIL,
            Reason.EMAIL_HAS_INVISIBLE_CHARACTER,
            Reason.EMAIL_MIXES_SCRIPTS,
            Reason.WEAK_PASSWORD);

    if (outcome.equals("done")) {
      User administrator = empty.storedUser(Emails.normalize(email));
      assertThat(administrator.role()).isEqualTo(Role.ADMIN);
      assertThat(empty.hasher.matches(password, Optional.of(administrator.passwordHash())))
          .isTrue();
      assertThat(bench.tables().table(USERS)).hasSize(1);
    }
    Statistics.collect(outcome);
  }

  // ---- sign-in ------------------------------------------------------------------------------

  @Property
  void signInAnswersAResultAndCreatesOrAltersNoAccount(
      @ForAll boolean asBob,
      @ForAll(supplier = HostileText.TypedEmails.class) Typed email,
      @ForAll(supplier = HostileText.TypedPasswords.class) Typed password) {
    String account = asBob ? BOB : EMAIL;
    fixture.admin().unlock(account);
    String typedEmail = email.against(account);
    String typedPassword = password.against(asBob ? bobPassword : PASSWORD);
    StoreTables before = bench.tables();
    int audited = fixture.auditTrail().size();

    SignInResult result = fixture.auth().signIn(typedEmail, typedPassword);

    StoreTables after = bench.tables();
    assertThat(after.table(USERS)).isEqualTo(before.table(USERS));
    assertThat(after.table(RECOVERY_CODES)).isEqualTo(before.table(RECOVERY_CODES));
    List<AuditEntry> added = newest(fixture.auditTrail(), audited);
    // What is not shaped like an email may be a password typed into the wrong field.
    assertThat(added)
        .allMatch(
            entry ->
                entry.email().equals(AuthService.NOT_AN_EMAIL) || Emails.isValid(entry.email()));
    String normalized = Emails.normalize(typedEmail);
    if (!Emails.isValid(normalized)) {
      assertThat(after.table(THROTTLE)).isEqualTo(before.table(THROTTLE));
    }
    boolean right =
        normalized.equals(account) && samePassword(typedPassword, asBob ? bobPassword : PASSWORD);
    boolean through =
        result instanceof SignInResult.SignedIn || result instanceof SignInResult.CodeRequired;
    assertThat(through).as("signed in or asked for the code").isEqualTo(right);
    Statistics.collect(result.getClass().getSimpleName());
  }

  @Property
  void codeStepAnswersAResultAndSpendsNothingOnARefusal(
      @ForAll boolean recovery, @ForAll(supplier = HostileText.TypedCodes.class) Typed code) {
    fixture.clock.advance(STEP);
    fixture.admin().unlock(EMAIL);
    if (unusedRecoveryCodes.isEmpty()) {
      enrolAliceAfresh();
    }
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    String rightCode = recovery ? unusedRecoveryCodes.get(0) : fixture.currentCode(alice.secret());
    String typed = code.against(rightCode);
    StoreTables before = bench.tables();

    CodeResult result = fixture.auth().completeSignIn(pending, typed);

    StoreTables after = bench.tables();
    if (result instanceof InvalidCode || result instanceof CodeResult.Expired) {
      assertThat(after).isEqualTo(before);
    } else if (!(result instanceof CodeResult.SignedIn)) {
      assertAccountsUnchanged(before, after);
    }
    boolean right = sameCode(typed, rightCode);
    assertThat(result instanceof CodeResult.SignedIn).as("signed in").isEqualTo(right);
    if (right && recovery) {
      unusedRecoveryCodes.remove(rightCode);
    }
    Statistics.collect(result.getClass().getSimpleName());
  }

  // ---- the account's own changes ------------------------------------------------------------

  @Property
  void passwordRulesAnswerForAnyPasswordAndEmail(
      @ForAll(supplier = HostileText.Passwords.class) String password,
      @ForAll(supplier = HostileText.Emails.class) String email) {
    List<PasswordProblem> problems = fixture.auth().accounts().checkPassword(password, email);

    assertThat(problems)
        .doesNotHaveDuplicates()
        .isEqualTo(fixture.admin().checkPassword(password, email));
    if (problems.isEmpty()) {
      String hashed = PasswordPolicy.normalize(password);
      byte[] bytes = hashed.getBytes(StandardCharsets.UTF_8);
      assertThat(bytes).hasSizeLessThanOrEqualTo(PasswordPolicy.MAX_BYTES);
      assertThat(new String(bytes, StandardCharsets.UTF_8))
          .as("the password as bcrypt reads it")
          .isEqualTo(hashed);
      assertThat(hashed.codePointCount(0, hashed.length()))
          .isGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
    }
    Statistics.collect(problems.isEmpty() ? "acceptable" : problems.get(0).name());
  }

  @Property
  void passwordChangeNeedsTheCurrentOneAndKeepsItOnARefusal(
      @ForAll(supplier = HostileText.TypedPasswords.class) Typed current,
      @ForAll(supplier = HostileText.Passwords.class) String next) {
    fixture.admin().unlock(BOB);
    String typedCurrent = current.against(bobPassword);
    StoreTables before = bench.tables();

    PasswordChangeResult result =
        fixture.auth().accounts().changePassword(bobSession, typedCurrent, next);

    StoreTables after = bench.tables();
    List<PasswordProblem> problems = new PasswordPolicy().check(next, BOB);
    if (result instanceof WeakPassword weak) {
      assertThat(weak.problems()).isNotEmpty().isEqualTo(problems);
      assertThat(after).isEqualTo(before);
    } else if (result instanceof Locked) {
      assertThat(after).isEqualTo(before);
    } else if (result instanceof WrongPassword) {
      assertAccountsUnchanged(before, after);
    }
    boolean right = problems.isEmpty() && samePassword(typedCurrent, bobPassword);
    assertThat(result instanceof PasswordChangeResult.Changed).as("changed").isEqualTo(right);
    if (right) {
      bobPassword = next;
      assertThat(fixture.hasher.matches(next, Optional.of(fixture.storedUser(BOB).passwordHash())))
          .isTrue();
    }
    Statistics.collect(result.getClass().getSimpleName());
  }

  @Property
  void enrolmentIsConfirmedOnlyByItsCodeAndOtherwiseStoresNoSecret(
      @ForAll(supplier = HostileText.TypedCodes.class) Typed code) {
    fixture.clock.advance(STEP);
    if (fixture.storedUser(BOB).twoFactorEnabled()) {
      fixture.admin().resetTwoFactor(BOB);
    }
    Enrolment enrolment = fixture.auth().accounts().beginEnrolment(bobSession);
    String rightCode = fixture.currentCode(enrolment.secret());
    String typed = code.against(rightCode);
    StoreTables before = bench.tables();

    EnrolmentResult result =
        fixture.auth().accounts().confirmEnrolment(bobSession, enrolment, typed);

    StoreTables after = bench.tables();
    if (result instanceof InvalidCode) {
      assertThat(after).isEqualTo(before);
    } else if (!(result instanceof EnrolmentResult.Enabled)) {
      assertAccountsUnchanged(before, after);
      assertThat(after.table(THROTTLE)).isEqualTo(before.table(THROTTLE));
    }
    assertThat(result instanceof EnrolmentResult.Enabled)
        .as("enabled")
        .isEqualTo(sameCode(typed, rightCode));
    Statistics.collect(result.getClass().getSimpleName());
  }

  @Property
  void twoFactorIsSwitchedOffOnlyWithThePasswordAndACode(
      @ForAll(supplier = HostileText.TypedPasswords.class) Typed password,
      @ForAll boolean recovery,
      @ForAll(supplier = HostileText.TypedCodes.class) Typed code) {
    fixture.clock.advance(STEP);
    fixture.admin().unlock(EMAIL);
    if (!fixture.storedUser(EMAIL).twoFactorEnabled() || unusedRecoveryCodes.isEmpty()) {
      enrolAliceAfresh();
    }
    String typedPassword = password.against(PASSWORD);
    String rightCode = recovery ? unusedRecoveryCodes.get(0) : fixture.currentCode(alice.secret());
    String typedCode = code.against(rightCode);
    StoreTables before = bench.tables();

    DisableTwoFactorResult result =
        fixture.auth().accounts().disableTwoFactor(aliceSession, typedPassword, typedCode);

    StoreTables after = bench.tables();
    if (result instanceof InvalidCode || result instanceof Locked) {
      assertThat(after).isEqualTo(before);
    } else if (!(result instanceof DisableTwoFactorResult.TwoFactorDisabled)) {
      assertAccountsUnchanged(before, after);
    }
    boolean right = samePassword(typedPassword, PASSWORD) && sameCode(typedCode, rightCode);
    assertThat(result instanceof DisableTwoFactorResult.TwoFactorDisabled)
        .as("switched off")
        .isEqualTo(right);
    Statistics.collect(result.getClass().getSimpleName());
  }

  @Property
  void recoveryCodesAreReplacedOnlyWithTheCurrentCode(
      @ForAll(supplier = HostileText.TypedCodes.class) Typed code) {
    fixture.clock.advance(STEP);
    fixture.admin().unlock(EMAIL);
    String rightCode = fixture.currentCode(alice.secret());
    String typed = code.against(rightCode);
    StoreTables before = bench.tables();

    RegenerateResult result =
        fixture.auth().accounts().regenerateRecoveryCodes(aliceSession, typed);

    StoreTables after = bench.tables();
    if (result instanceof InvalidCode || result instanceof Locked) {
      assertThat(after).isEqualTo(before);
    } else if (!(result instanceof RegenerateResult.Regenerated)) {
      assertAccountsUnchanged(before, after);
    }
    assertThat(result instanceof RegenerateResult.Regenerated)
        .as("replaced")
        .isEqualTo(sameCode(typed, rightCode));
    Statistics.collect(result.getClass().getSimpleName());
  }

  // ---- shared steps -------------------------------------------------------------------------

  /** Switches Alice's 2FA off if it is on, signs her in and enrols her again with fresh codes. */
  private void enrolAliceAfresh() {
    if (fixture.storedUser(EMAIL).twoFactorEnabled()) {
      fixture.admin().resetTwoFactor(EMAIL);
    }
    aliceSession = fixture.signIn(EMAIL, PASSWORD);
    alice = fixture.enrol(aliceSession);
    unusedRecoveryCodes = new ArrayList<>(alice.recoveryCodes());
    // The enrolment spent this step's code.
    fixture.clock.advance(STEP);
  }

  private static void assertAccountsUnchanged(StoreTables before, StoreTables after) {
    assertThat(after.table(USERS)).as("users").isEqualTo(before.table(USERS));
    assertThat(after.table(RECOVERY_CODES))
        .as("recovery codes")
        .isEqualTo(before.table(RECOVERY_CODES));
  }

  /** Whether what was typed is the password, as the services compare passwords. */
  private static boolean samePassword(String typed, String password) {
    return PasswordPolicy.normalize(typed).equals(PasswordPolicy.normalize(password));
  }

  /** Whether what was typed reads as the code, as the services read codes. */
  private static boolean sameCode(String typed, String code) {
    return CodeInput.parse(typed).equals(CodeInput.parse(code));
  }

  /**
   * The audit records written since there were {@code before} of them (the trail is newest first).
   */
  private static List<AuditEntry> newest(List<AuditEntry> trail, int before) {
    return trail.subList(0, trail.size() - before);
  }
}
