package app.backoffice.auth;

import static app.backoffice.auth.AuthFixture.EMAIL;
import static app.backoffice.auth.AuthFixture.PASSWORD;
import static app.backoffice.auth.AuthFixture.STEP;
import static app.backoffice.auth.AuthFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.backoffice.auth.AuthFixture.Enrolled;
import app.backoffice.auth.Outcomes.InvalidCode;
import app.backoffice.auth.Outcomes.Locked;
import app.backoffice.auth.Outcomes.ReplayedCode;
import app.backoffice.auth.Outcomes.WrongCode;
import app.backoffice.store.AuditEntry;
import app.backoffice.store.AuditEvent;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Enrolling in 2FA, then signing in with a code from the app or a recovery code. */
class TwoFactorSignInTest extends FixtureTest {

  // ---- enrolment ----------------------------------------------------------------------------

  @Test
  void enrolmentOffersAKeyUriWithIssuerAndEmail() {
    fixture.addAlice();
    Session session = fixture.signIn(EMAIL, PASSWORD);

    Enrolment enrolment = auth.accounts().beginEnrolment(session);

    assertThat(enrolment.issuer()).isEqualTo("Back Office");
    assertThat(enrolment.accountName()).isEqualTo(EMAIL);
    assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
    assertThat(enrolment.keyUri())
        .isEqualTo(
            "otpauth://totp/Back%20Office:alice%40example.com?secret="
                + enrolment.secret()
                + "&issuer=Back%20Office&algorithm=SHA1&digits=6&period=30");
    assertThat(enrolment.groupedSecret().replace(" ", "")).isEqualTo(enrolment.secret());
    assertThat(enrolment.toString().contains(enrolment.secret()))
        .as("toString shows the secret")
        .isFalse();
  }

  @Test
  void wrongCodeAtEnrolmentSwitchesNothingOn() {
    fixture.addAlice();
    Session session = fixture.signIn(EMAIL, PASSWORD);
    Enrolment enrolment = auth.accounts().beginEnrolment(session);

    EnrolmentResult result =
        auth.accounts().confirmEnrolment(session, enrolment, fixture.wrongCode(enrolment.secret()));

    assertThat(result).isEqualTo(new WrongCode());
    assertThat(auth.accounts().account(session).twoFactorEnabled()).isFalse();
    assertThat(auth.accounts().account(session).recoveryCodesLeft()).isZero();
    assertThat(fixture.storedSecret(EMAIL)).isEmpty();
    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void malformedCodeAtEnrolmentIsInvalid() {
    fixture.addAlice();
    Session session = fixture.signIn(EMAIL, PASSWORD);
    Enrolment enrolment = auth.accounts().beginEnrolment(session);

    assertThat(auth.accounts().confirmEnrolment(session, enrolment, "12345"))
        .isEqualTo(new InvalidCode());
    assertThat(auth.accounts().account(session).twoFactorEnabled()).isFalse();
  }

  @Test
  void rightCodeAtEnrolmentSwitchesTwoFactorOnWithTenRecoveryCodes() {
    fixture.addAlice();
    Session session = fixture.signIn(EMAIL, PASSWORD);
    Enrolment enrolment = auth.accounts().beginEnrolment(session);
    String code = fixture.currentCode(enrolment.secret());

    EnrolmentResult result = auth.accounts().confirmEnrolment(session, enrolment, code);

    EnrolmentResult.Enabled enabled = expect(EnrolmentResult.Enabled.class, result);
    assertThat(enabled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(enabled.recoveryCodes().stream().anyMatch(enabled.toString()::contains))
        .as("toString shows a recovery code")
        .isFalse();
    Account account = auth.accounts().account(session);
    assertThat(account.twoFactorEnabled()).isTrue();
    assertThat(account.recoveryCodesLeft()).isEqualTo(10);
    assertThat(fixture.storedUser(EMAIL).lastTotpStep()).hasValue(fixture.currentStep());
    assertThat(fixture.auditTrail().get(0).event()).isEqualTo(AuditEvent.TWO_FACTOR_ENABLED);
  }

  @Test
  void enrollingTwiceIsRefused() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP);
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    CodeResult result = auth.completeSignIn(pending, fixture.currentCode(enrolled.secret()));
    Session session = expect(CodeResult.SignedIn.class, result).session();

    assertThatThrownBy(() -> auth.accounts().beginEnrolment(session))
        .isInstanceOfSatisfying(
            AccountException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(AccountException.Reason.TWO_FACTOR_ALREADY_ENABLED));
  }

  // ---- the code step ------------------------------------------------------------------------

  @Test
  void passwordOfAnEnrolledUserAsksForACode() {
    fixture.addAliceWithTwoFactor();

    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);

    assertThat(pending.email()).isEqualTo(EMAIL);
    assertThat(fixture.auditTrail())
        .filteredOn(entry -> entry.event() == AuditEvent.SIGN_IN_SUCCEEDED)
        .as("only the sign-in before enrolment succeeded")
        .hasSize(1);
  }

  @Test
  void codeOfTheNextStepCompletesTheSignIn() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP);
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);

    CodeResult result = auth.completeSignIn(pending, fixture.currentCode(enrolled.secret()));

    CodeResult.SignedIn signedIn = expect(CodeResult.SignedIn.class, result);
    assertThat(signedIn.session().email()).isEqualTo(EMAIL);
    assertThat(signedIn.recoveryCodeUsed()).isFalse();
    assertThat(signedIn.recoveryCodesLeft()).isEqualTo(10);
    assertThat(fixture.auditTrail().get(0).event()).isEqualTo(AuditEvent.SIGN_IN_SUCCEEDED);
  }

  @Test
  void codeThatConfirmedTheEnrolmentCannotSignIn() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);

    assertThat(auth.completeSignIn(pending, enrolled.enrolmentCode()))
        .isEqualTo(new ReplayedCode());
  }

  @Test
  void sameCodeInANewSignInIsRefusedAsReplayed() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP);
    String code = fixture.currentCode(enrolled.secret());
    auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), code);

    CodeResult again = auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), code);

    assertThat(again).isEqualTo(new ReplayedCode());
    assertThat(fixture.auditTrail().get(0).event()).isEqualTo(AuditEvent.TOTP_REPLAY_REFUSED);
  }

  @Test
  void codeFromTwoStepsBackIsWrong() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP.multipliedBy(3));
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);

    CodeResult result = auth.completeSignIn(pending, fixture.codeStepsAway(enrolled.secret(), -2));

    assertThat(result).isEqualTo(new WrongCode());
  }

  @Test
  void codeTypedInGroupsIsAccepted() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();

    fixture.clock.advance(STEP);
    String code = fixture.currentCode(enrolled.secret());
    String spaced = code.substring(0, 3) + " " + code.substring(3);
    assertThat(auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), spaced))
        .isInstanceOf(CodeResult.SignedIn.class);

    fixture.clock.advance(STEP);
    code = fixture.currentCode(enrolled.secret());
    String hyphenated = code.substring(0, 3) + "-" + code.substring(3);
    assertThat(auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), hyphenated))
        .isInstanceOf(CodeResult.SignedIn.class);
  }

  @Test
  void malformedCodesAreInvalidAndNotCountedAsFailures() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP);
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);

    for (int i = 0; i < 6; i++) {
      assertThat(auth.completeSignIn(pending, "12345")).isEqualTo(new InvalidCode());
      assertThat(auth.completeSignIn(pending, "abcdef")).isEqualTo(new InvalidCode());
    }

    assertThat(auth.completeSignIn(pending, fixture.currentCode(enrolled.secret())))
        .isInstanceOf(CodeResult.SignedIn.class);
  }

  @Test
  void wrongCodeLeavesTheSignInOpenForAnotherTry() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP);
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);

    assertThat(auth.completeSignIn(pending, fixture.wrongCode(enrolled.secret())))
        .isEqualTo(new WrongCode());
    assertThat(auth.completeSignIn(pending, fixture.currentCode(enrolled.secret())))
        .isInstanceOf(CodeResult.SignedIn.class);
  }

  @Test
  void recoveryCodeWorksOnceOnly() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    String recoveryCode = enrolled.recoveryCodes().get(3);

    CodeResult first = auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), recoveryCode);
    CodeResult second = auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), recoveryCode);

    CodeResult.SignedIn signedIn = expect(CodeResult.SignedIn.class, first);
    assertThat(signedIn.recoveryCodeUsed()).isTrue();
    assertThat(signedIn.recoveryCodesLeft()).isEqualTo(9);
    assertThat(second).isEqualTo(new WrongCode());
  }

  @Test
  void recoveryCodeMayBeTypedInCapitalsWithoutTheHyphen() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    String typed = enrolled.recoveryCodes().get(0).replace("-", "").toUpperCase();

    assertThat(auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), typed))
        .isInstanceOf(CodeResult.SignedIn.class);
  }

  @Test
  void recoveryCodeUseIsAuditedWithTheNumberLeft() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();

    auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), enrolled.recoveryCodes().get(0));

    assertThat(fixture.auditTrail())
        .filteredOn(entry -> entry.event() == AuditEvent.RECOVERY_CODE_USED)
        .extracting(AuditEntry::detail)
        .containsExactly("9 left");
  }

  @Test
  void fiveWrongCodesLockTheAccount() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP);
    Instant now = fixture.clock.instant();
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    String wrong = fixture.wrongCode(enrolled.secret());

    for (int i = 0; i < 4; i++) {
      assertThat(auth.completeSignIn(pending, wrong)).isEqualTo(new WrongCode());
    }
    CodeResult fifth = auth.completeSignIn(pending, wrong);

    Locked locked = new Locked(now.plus(Duration.ofMinutes(5)));
    assertThat(fifth).isEqualTo(locked);
    assertThat(auth.completeSignIn(pending, fixture.currentCode(enrolled.secret())))
        .isEqualTo(new CodeResult.Expired());
    assertThat(auth.signIn(EMAIL, PASSWORD)).isEqualTo(locked);
  }

  @Test
  void wrongPasswordsAndWrongCodesCountTogether() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP);
    auth.signIn(EMAIL, "wrong-harbour-42");
    auth.signIn(EMAIL, "wrong-harbour-43");
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    String wrong = fixture.wrongCode(enrolled.secret());

    assertThat(auth.completeSignIn(pending, wrong)).isEqualTo(new WrongCode());
    assertThat(auth.completeSignIn(pending, wrong)).isEqualTo(new WrongCode());
    assertThat(auth.completeSignIn(pending, wrong)).isInstanceOf(Locked.class);
  }

  @Test
  void pendingSignInLastsFiveMinutes() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    fixture.clock.advance(AuthService.PENDING_LIFETIME);

    assertThat(auth.completeSignIn(pending, fixture.currentCode(enrolled.secret())))
        .isInstanceOf(CodeResult.SignedIn.class);
  }

  @Test
  void pendingSignInExpiresAfterFiveMinutes() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    fixture.clock.advance(AuthService.PENDING_LIFETIME.plusSeconds(1));

    assertThat(auth.completeSignIn(pending, fixture.currentCode(enrolled.secret())))
        .isEqualTo(new CodeResult.Expired());
  }

  @Test
  void pendingSignInCannotBeCompletedTwice() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP);
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    auth.completeSignIn(pending, fixture.currentCode(enrolled.secret()));
    fixture.clock.advance(STEP);

    assertThat(auth.completeSignIn(pending, fixture.currentCode(enrolled.secret())))
        .isEqualTo(new CodeResult.Expired());
  }

  @Test
  void pendingSignInBelongsToTheServiceThatIssuedIt() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP);
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    AuthService other = fixture.newAuthService(fixture.hasher);

    assertThat(other.completeSignIn(pending, fixture.currentCode(enrolled.secret())))
        .isEqualTo(new CodeResult.Expired());
  }

  @Test
  void pendingSignInEndsWhenAnAdministratorResetsTwoFactor() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP);
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    fixture.admin().resetTwoFactor(EMAIL);

    assertThat(auth.completeSignIn(pending, fixture.currentCode(enrolled.secret())))
        .isEqualTo(new CodeResult.Expired());
  }

  @Test
  void pendingSignInEndsWhenTheAccountIsDisabled() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.advance(STEP);
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    fixture.admin().disable(EMAIL);

    assertThat(auth.completeSignIn(pending, fixture.currentCode(enrolled.secret())))
        .isEqualTo(new CodeResult.Expired());
  }

  @Test
  void secondFactorSurvivesARestart() {
    Enrolled enrolled = fixture.addAliceWithTwoFactor();
    fixture.restart();
    fixture.clock.advance(STEP);

    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);

    assertThat(fixture.auth().completeSignIn(pending, fixture.currentCode(enrolled.secret())))
        .isInstanceOf(CodeResult.SignedIn.class);
  }
}
