package app.backoffice.auth;

import static app.backoffice.auth.AuthFixture.EMAIL;
import static app.backoffice.auth.AuthFixture.PASSWORD;
import static app.backoffice.auth.AuthFixture.START;
import static app.backoffice.auth.AuthFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.auth.AuthFixture.Enrolled;
import app.backoffice.auth.Outcomes.Locked;
import app.backoffice.auth.Outcomes.ReplayedCode;
import app.backoffice.auth.Outcomes.WrongCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wall clock set back an hour, as a wrong time server or a person at the system settings may
 * do. Spent codes stay spent (the highest step used is remembered, not a time) and a lock keeps its
 * end: a clock that goes back makes a lock last longer, never shorter.
 */
class ClockSetBackTest extends FixtureTest {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Instant LATER = START.plus(HOUR);

  private Enrolled enrolled;

  /** Alice enrols at START, then signs in with a code an hour later; the clock goes back. */
  @BeforeEach
  void enrolAndSignInAnHourLater() {
    enrolled = fixture.addAliceWithTwoFactor();
    fixture.clock.set(LATER);
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    expect(CodeResult.SignedIn.class, auth.completeSignIn(pending, currentCode()));
    fixture.clock.set(START);
  }

  private String currentCode() {
    return fixture.currentCode(enrolled.secret());
  }

  private CodeResult signInWith(String code) {
    return auth.completeSignIn(fixture.signInForCode(EMAIL, PASSWORD), code);
  }

  @Test
  void codeSpentAnHourAgoIsRefusedAsReplayedWhenTheClockReturnsThere() {
    assertThat(currentCode()).isEqualTo(enrolled.enrolmentCode());

    assertThat(signInWith(enrolled.enrolmentCode())).isEqualTo(new ReplayedCode());
  }

  @Test
  void unusedCodeOlderThanTheLastSpentOneIsRefusedAsReplayed() {
    // Never used, and right for the clock as it stands; but a later step was spent already, so
    // accepting it would open the way to codes seen over a shoulder in the past hour.
    String unused = fixture.codeStepsAway(enrolled.secret(), 1);

    assertThat(signInWith(unused)).isEqualTo(new ReplayedCode());
  }

  @Test
  void codeSpentLastIsWrongWhileTheClockIsBehindAndReplayedOnceItCatchesUp() {
    fixture.clock.set(LATER);
    String spent = currentCode();
    fixture.clock.set(START);

    assertThat(signInWith(spent)).isEqualTo(new WrongCode());
    fixture.clock.set(LATER);
    assertThat(signInWith(spent)).isEqualTo(new ReplayedCode());
  }

  @Test
  void codesPassAgainOnceTheClockHasPassedTheLastSpentStep() {
    fixture.clock.set(LATER.plus(AuthFixture.STEP));

    assertThat(signInWith(currentCode())).isInstanceOf(CodeResult.SignedIn.class);
  }

  @Test
  void recoveryCodeSignsInWhileTheClockIsBehind() {
    CodeResult result = signInWith(enrolled.recoveryCodes().get(0));

    assertThat(expect(CodeResult.SignedIn.class, result).recoveryCodeUsed()).isTrue();
  }

  @Test
  void newRecoveryCodesNeedACodeNewerThanTheLastSpentOne() {
    Session session =
        expect(CodeResult.SignedIn.class, signInWith(enrolled.recoveryCodes().get(0))).session();

    assertThat(auth.accounts().regenerateRecoveryCodes(session, currentCode()))
        .isEqualTo(new ReplayedCode());
  }

  @Test
  void switchingTwoFactorOffNeedsACodeNewerThanTheLastSpentOne() {
    Session session =
        expect(CodeResult.SignedIn.class, signInWith(enrolled.recoveryCodes().get(0))).session();

    assertThat(auth.accounts().disableTwoFactor(session, PASSWORD, currentCode()))
        .isEqualTo(new ReplayedCode());
    assertThat(fixture.storedUser(EMAIL).twoFactorEnabled()).isTrue();
  }

  @Test
  void lockFromWrongCodesHoldsWhenTheClockGoesBackAndEndsAtItsOwnInstant() {
    fixture.clock.set(LATER.plus(AuthFixture.STEP));
    PendingSignIn pending = fixture.signInForCode(EMAIL, PASSWORD);
    String wrong = fixture.wrongCode(enrolled.secret());
    for (int i = 0; i < 4; i++) {
      auth.completeSignIn(pending, wrong);
    }
    Locked locked = expect(Locked.class, auth.completeSignIn(pending, wrong));

    fixture.clock.set(locked.until().minus(HOUR));
    assertThat(auth.signIn(EMAIL, PASSWORD)).isEqualTo(locked);
    fixture.clock.set(locked.until().minusMillis(1));
    assertThat(auth.signIn(EMAIL, PASSWORD)).isEqualTo(locked);
    fixture.clock.set(locked.until());
    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.CodeRequired.class);
  }

  @Test
  void lockedAccountRefusesARecoveryCodeWhenTheClockGoesBack() {
    fixture.clock.set(LATER.plus(AuthFixture.STEP));
    PendingSignIn open = fixture.signInForCode(EMAIL, PASSWORD);
    PendingSignIn failing = fixture.signInForCode(EMAIL, PASSWORD);
    String wrong = fixture.wrongCode(enrolled.secret());
    for (int i = 0; i < 5; i++) {
      auth.completeSignIn(failing, wrong);
    }

    fixture.clock.set(fixture.clock.instant().minus(HOUR));

    assertThat(auth.completeSignIn(open, enrolled.recoveryCodes().get(0)))
        .isInstanceOf(Locked.class);
  }

  @Test
  void lockedAccountCannotChangeItsPasswordWhenTheClockGoesBack() {
    Session session =
        expect(CodeResult.SignedIn.class, signInWith(enrolled.recoveryCodes().get(0))).session();
    for (int i = 0; i < 5; i++) {
      auth.signIn(EMAIL, "wrong-harbour-42");
    }

    fixture.clock.set(START.minus(HOUR));

    assertThat(auth.accounts().changePassword(session, PASSWORD, "new-lantern-harbour-7"))
        .isInstanceOf(Locked.class);
  }
}
