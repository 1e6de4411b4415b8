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
import app.backoffice.auth.Outcomes.WeakPassword;
import app.backoffice.auth.Outcomes.WrongCode;
import app.backoffice.auth.Outcomes.WrongPassword;
import app.backoffice.store.AuditEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What signed-in users change on their own account. */
class AccountChangesTest extends FixtureTest {

  private static final String NEW_PASSWORD = "amber-lighthouse-17";

  /** Alice, signed in with 2FA on, one step after enrolling. */
  abstract class SignedInWithTwoFactor {

    Session session;
    Enrolled enrolled;

    @BeforeEach
    void enrol() {
      fixture.addAlice();
      session = fixture.signIn(EMAIL, PASSWORD);
      enrolled = fixture.enrol(session);
      fixture.clock.advance(STEP);
    }
  }

  @Nested
  class SwitchingTwoFactorOff extends SignedInWithTwoFactor {

    @Test
    void passwordAndCurrentCodeSwitchItOff() {
      DisableTwoFactorResult result =
          auth.accounts()
              .disableTwoFactor(session, PASSWORD, fixture.currentCode(enrolled.secret()));

      assertThat(result).isEqualTo(new DisableTwoFactorResult.TwoFactorDisabled());
      assertThat(auth.accounts().account(session).twoFactorEnabled()).isFalse();
      assertThat(auth.accounts().account(session).recoveryCodesLeft()).isZero();
      assertThat(fixture.storedSecret(EMAIL)).isEmpty();
      assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
      assertThat(fixture.auditTrail())
          .anySatisfy(entry -> assertThat(entry.event()).isEqualTo(AuditEvent.TWO_FACTOR_DISABLED));
    }

    @Test
    void recoveryCodeMayStandInForTheCode() {
      assertThat(
              auth.accounts().disableTwoFactor(session, PASSWORD, enrolled.recoveryCodes().get(0)))
          .isEqualTo(new DisableTwoFactorResult.TwoFactorDisabled());
    }

    @Test
    void wrongPasswordLeavesItOn() {
      DisableTwoFactorResult result =
          auth.accounts()
              .disableTwoFactor(
                  session, "wrong-harbour-42", fixture.currentCode(enrolled.secret()));

      assertThat(result).isEqualTo(new WrongPassword());
      assertThat(auth.accounts().account(session).twoFactorEnabled()).isTrue();
    }

    @Test
    void wrongCodeLeavesItOn() {
      DisableTwoFactorResult result =
          auth.accounts().disableTwoFactor(session, PASSWORD, fixture.wrongCode(enrolled.secret()));

      assertThat(result).isEqualTo(new WrongCode());
      assertThat(auth.accounts().account(session).twoFactorEnabled()).isTrue();
    }

    @Test
    void malformedCodeIsInvalid() {
      assertThat(auth.accounts().disableTwoFactor(session, PASSWORD, "abcdef"))
          .isEqualTo(new InvalidCode());
      assertThat(auth.accounts().account(session).twoFactorEnabled()).isTrue();
    }

    @Test
    void usedCodeIsRefusedAsReplayed() {
      assertThat(auth.accounts().disableTwoFactor(session, PASSWORD, enrolled.enrolmentCode()))
          .isEqualTo(new ReplayedCode());
      assertThat(auth.accounts().account(session).twoFactorEnabled()).isTrue();
    }

    @Test
    void codeUsedByAnotherProgramMeanwhileIsRefusedAsReplayed() {
      String code = fixture.currentCode(enrolled.secret());
      PendingSignIn elsewhere = fixture.signInForCode(EMAIL, PASSWORD);
      InterleavingStore store = new InterleavingStore(fixture.store());
      AuthService racing = fixture.newAuthService(store, fixture.hasher);
      SignInResult.CodeRequired step = (SignInResult.CodeRequired) racing.signIn(EMAIL, PASSWORD);
      CodeResult.SignedIn signedIn =
          (CodeResult.SignedIn)
              racing.completeSignIn(step.pending(), enrolled.recoveryCodes().get(0));
      store.afterNextRead(
          () ->
              assertThat(auth.completeSignIn(elsewhere, code))
                  .isInstanceOf(CodeResult.SignedIn.class));

      DisableTwoFactorResult result =
          racing.accounts().disableTwoFactor(signedIn.session(), PASSWORD, code);

      assertThat(result).isEqualTo(new ReplayedCode());
      assertThat(auth.accounts().account(session).twoFactorEnabled()).isTrue();
    }

    @Test
    void sessionThatWasSignedOutCannotSwitchItOff() {
      auth.signOut(session);

      assertThatThrownBy(
              () ->
                  auth.accounts()
                      .disableTwoFactor(session, PASSWORD, fixture.currentCode(enrolled.secret())))
          .isInstanceOf(AccountException.class)
          .extracting(e -> ((AccountException) e).reason())
          .isEqualTo(AccountException.Reason.SESSION_ENDED);
    }

    @Test
    void fiveWrongCodesLockTheAccount() {
      String wrong = fixture.wrongCode(enrolled.secret());
      for (int i = 0; i < 4; i++) {
        assertThat(auth.accounts().disableTwoFactor(session, PASSWORD, wrong))
            .isEqualTo(new WrongCode());
      }

      assertThat(auth.accounts().disableTwoFactor(session, PASSWORD, wrong))
          .isInstanceOf(Locked.class);
      assertThat(
              auth.accounts()
                  .disableTwoFactor(session, PASSWORD, fixture.currentCode(enrolled.secret())))
          .isInstanceOf(Locked.class);
      assertThat(auth.accounts().account(session).twoFactorEnabled()).isTrue();
    }

    @Test
    void accountWithoutTwoFactorCannotSwitchItOff() {
      auth.accounts().disableTwoFactor(session, PASSWORD, fixture.currentCode(enrolled.secret()));
      fixture.clock.advance(STEP);

      assertThatThrownBy(
              () ->
                  auth.accounts()
                      .disableTwoFactor(session, PASSWORD, fixture.currentCode(enrolled.secret())))
          .isInstanceOfSatisfying(
              AccountException.class,
              e ->
                  assertThat(e.reason()).isEqualTo(AccountException.Reason.TWO_FACTOR_NOT_ENABLED));
    }
  }

  @Nested
  class ChangingThePassword {

    private Session session;

    @BeforeEach
    void signIn() {
      fixture.addAlice();
      session = fixture.signIn(EMAIL, PASSWORD);
    }

    @Test
    void rightCurrentPasswordChangesIt() {
      fixture.clock.advance(Duration.ofMinutes(1));

      PasswordChangeResult result = auth.accounts().changePassword(session, PASSWORD, NEW_PASSWORD);

      assertThat(result).isEqualTo(new PasswordChangeResult.Changed());
      assertThat(auth.signIn(EMAIL, PASSWORD)).isEqualTo(new SignInResult.Rejected());
      assertThat(auth.signIn(EMAIL, NEW_PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
      assertThat(auth.accounts().account(session).passwordChangedAt())
          .isEqualTo(fixture.clock.instant());
      assertThat(fixture.auditTrail())
          .anySatisfy(entry -> assertThat(entry.event()).isEqualTo(AuditEvent.PASSWORD_CHANGED));
    }

    @Test
    void wrongCurrentPasswordChangesNothing() {
      PasswordChangeResult result =
          auth.accounts().changePassword(session, "wrong-harbour-42", NEW_PASSWORD);

      assertThat(result).isEqualTo(new WrongPassword());
      assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void aPasswordSetByAnAdministratorMeanwhileIsNotOverwritten() {
      InterleavingStore interleaving = new InterleavingStore(fixture.store());
      AuthService racing = fixture.newAuthService(interleaving, fixture.hasher);
      Session racingSession =
          expect(SignInResult.SignedIn.class, racing.signIn(EMAIL, PASSWORD)).session();
      interleaving.afterNextRead(() -> admin.setPassword(EMAIL, "copper-kettle-harbour-9"));

      PasswordChangeResult result =
          racing.accounts().changePassword(racingSession, PASSWORD, NEW_PASSWORD);

      assertThat(result).isEqualTo(new WrongPassword());
      assertThat(auth.signIn(EMAIL, "copper-kettle-harbour-9"))
          .isInstanceOf(SignInResult.SignedIn.class);
      assertThat(auth.signIn(EMAIL, NEW_PASSWORD)).isEqualTo(new SignInResult.Rejected());
      assertThat(fixture.auditTrail())
          .anySatisfy(
              entry -> assertThat(entry.detail()).isEqualTo("password changed meanwhile; kept"));
    }

    @Test
    void weakNewPasswordIsRefusedWithItsProblems() {
      assertThat(auth.accounts().changePassword(session, PASSWORD, "password1"))
          .isEqualTo(new WeakPassword(List.of(PasswordProblem.COMMON)));
      assertThat(auth.accounts().changePassword(session, PASSWORD, "short"))
          .isEqualTo(new WeakPassword(List.of(PasswordProblem.TOO_SHORT)));
      assertThat(auth.accounts().changePassword(session, PASSWORD, EMAIL))
          .isEqualTo(new WeakPassword(List.of(PasswordProblem.SAME_AS_EMAIL)));
      assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void fiveWrongCurrentPasswordsLockTheAccount() {
      for (int i = 0; i < 4; i++) {
        assertThat(auth.accounts().changePassword(session, "wrong-harbour-42", NEW_PASSWORD))
            .isEqualTo(new WrongPassword());
      }

      assertThat(auth.accounts().changePassword(session, "wrong-harbour-42", NEW_PASSWORD))
          .isInstanceOf(Locked.class);
      assertThat(auth.accounts().changePassword(session, PASSWORD, NEW_PASSWORD))
          .isInstanceOf(Locked.class);
    }
  }

  @Nested
  class NewRecoveryCodes extends SignedInWithTwoFactor {

    @Test
    void currentCodeReplacesTheOldCodes() {
      RegenerateResult result =
          auth.accounts().regenerateRecoveryCodes(session, fixture.currentCode(enrolled.secret()));

      List<String> fresh = expect(RegenerateResult.Regenerated.class, result).recoveryCodes();
      assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
      assertThat(
              auth.completeSignIn(
                  fixture.signInForCode(EMAIL, PASSWORD), enrolled.recoveryCodes().get(0)))
          .isEqualTo(new WrongCode());
      assertThat(auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), fresh.get(0)))
          .isInstanceOf(CodeResult.SignedIn.class);
    }

    @Test
    void usedCodesCountAgainAsTenFreshOnes() {
      auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), enrolled.recoveryCodes().get(0));
      assertThat(auth.accounts().account(session).recoveryCodesLeft()).isEqualTo(9);

      auth.accounts().regenerateRecoveryCodes(session, fixture.currentCode(enrolled.secret()));

      assertThat(auth.accounts().account(session).recoveryCodesLeft()).isEqualTo(10);
    }

    @Test
    void recoveryCodeCannotProveIt() {
      assertThat(auth.accounts().regenerateRecoveryCodes(session, enrolled.recoveryCodes().get(0)))
          .isEqualTo(new InvalidCode());
    }

    @Test
    void wrongOrUsedCodeChangesNothing() {
      assertThat(
              auth.accounts()
                  .regenerateRecoveryCodes(session, fixture.wrongCode(enrolled.secret())))
          .isEqualTo(new WrongCode());
      assertThat(auth.accounts().regenerateRecoveryCodes(session, enrolled.enrolmentCode()))
          .isEqualTo(new ReplayedCode());
      assertThat(
              auth.completeSignIn(
                  fixture.signInForCode(EMAIL, PASSWORD), enrolled.recoveryCodes().get(0)))
          .isInstanceOf(CodeResult.SignedIn.class);
    }
  }
}
