package app.backoffice.auth;

import static app.backoffice.auth.AuthFixture.EMAIL;
import static app.backoffice.auth.AuthFixture.HOST;
import static app.backoffice.auth.AuthFixture.PASSWORD;
import static app.backoffice.auth.AuthFixture.START;
import static app.backoffice.auth.AuthFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.backoffice.auth.Outcomes.Locked;
import app.backoffice.store.AuditEntry;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.AuditSource;
import app.backoffice.store.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInTest extends FixtureTest {

  private static final String WRONG = "wrong-harbour-42";
  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

  @BeforeEach
  void setUp() {
    fixture.addAlice();
  }

  @Test
  void rightPasswordSignsInAnAccountWithoutTwoFactor() {
    SignInResult result = auth.signIn(EMAIL, PASSWORD);

    Session session = expect(SignInResult.SignedIn.class, result).session();
    assertThat(session.email()).isEqualTo(EMAIL);
    assertThat(session.role()).isEqualTo(Role.STAFF);
    assertThat(session.signedInAt()).isEqualTo(START);
    assertThat(session.previousSignIn()).isEmpty();
  }

  @Test
  void successIsAuditedWithSourceAndHost() {
    auth.signIn(EMAIL, PASSWORD);

    AuditEntry newest = fixture.auditTrail().get(0);
    assertThat(newest.event()).isEqualTo(AuditEvent.SIGN_IN_SUCCEEDED);
    assertThat(newest.email()).isEqualTo(EMAIL);
    assertThat(newest.userId()).isPresent();
    assertThat(newest.source()).isEqualTo(AuditSource.GUI);
    assertThat(newest.host()).isEqualTo(HOST);
    assertThat(newest.at()).isEqualTo(START);
  }

  @Test
  void emailIsMatchedWhateverItsCaseAndSurroundingSpace() {
    assertThat(auth.signIn("  Alice@EXAMPLE.com ", PASSWORD))
        .isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void sessionTellsWhenTheUserLastSignedIn() {
    auth.signIn(EMAIL, PASSWORD);
    fixture.clock.advance(Duration.ofHours(2));

    Session second = fixture.signIn(EMAIL, PASSWORD);

    assertThat(second.previousSignIn()).contains(START);
  }

  @Test
  void unknownEmailAndWrongPasswordGetTheSameAnswer() {
    SignInResult unknown = auth.signIn("nobody@example.com", PASSWORD);
    SignInResult wrong = auth.signIn(EMAIL, WRONG);

    assertThat(unknown).isEqualTo(new SignInResult.Rejected()).isEqualTo(wrong);
  }

  @Test
  void unknownEmailAndWrongPasswordAreAuditedAlike() {
    auth.signIn("nobody@example.com", PASSWORD);
    auth.signIn(EMAIL, WRONG);

    List<AuditEntry> trail = fixture.auditTrail();
    assertThat(trail.get(0).event()).isEqualTo(AuditEvent.SIGN_IN_FAILED);
    assertThat(trail.get(1).event()).isEqualTo(AuditEvent.SIGN_IN_FAILED);
    assertThat(trail.get(0).detail()).isEqualTo(trail.get(1).detail());
  }

  @Test
  void disabledAccountIsReportedOnlyToTheRightPassword() {
    fixture.admin().disable(EMAIL);

    assertThat(auth.signIn(EMAIL, WRONG)).isEqualTo(new SignInResult.Rejected());
    assertThat(auth.signIn(EMAIL, PASSWORD)).isEqualTo(new SignInResult.Disabled());
  }

  @Test
  void fourFailuresDoNotLock() {
    failSignIn(EMAIL, 4);

    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void fifthFailureLocksForFiveMinutes() {
    failSignIn(EMAIL, 4);

    SignInResult fifth = auth.signIn(EMAIL, WRONG);

    assertThat(fifth).isEqualTo(new Locked(START.plus(FIVE_MINUTES)));
    assertThat(fixture.auditTrail().get(0).event()).isEqualTo(AuditEvent.ACCOUNT_LOCKED);
  }

  @Test
  void unknownEmailIsLockedJustTheSame() {
    failSignIn("nobody@example.com", 4);

    assertThat(auth.signIn("nobody@example.com", WRONG))
        .isEqualTo(new Locked(START.plus(FIVE_MINUTES)));
    assertThat(auth.signIn("nobody@example.com", WRONG))
        .isEqualTo(new Locked(START.plus(FIVE_MINUTES)));
  }

  @Test
  void lockedAccountRefusesTheRightPassword() {
    failSignIn(EMAIL, 5);
    fixture.clock.advance(Duration.ofMinutes(4));

    assertThat(auth.signIn(EMAIL, PASSWORD)).isEqualTo(new Locked(START.plus(FIVE_MINUTES)));
  }

  @Test
  void lockEndsWhenItsTimeIsUp() {
    failSignIn(EMAIL, 5);
    fixture.clock.advance(FIVE_MINUTES);

    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void lockSurvivesARestart() {
    failSignIn(EMAIL, 5);

    fixture.restart();

    assertThat(fixture.auth().signIn(EMAIL, PASSWORD))
        .isEqualTo(new Locked(START.plus(FIVE_MINUTES)));
  }

  @Test
  void clockSetBackDoesNotEndALockEarly() {
    failSignIn(EMAIL, 5);
    fixture.clock.set(START.minus(Duration.ofHours(1)));

    assertThat(auth.signIn(EMAIL, PASSWORD)).isEqualTo(new Locked(START.plus(FIVE_MINUTES)));
  }

  @Test
  void nextLockInARowLastsTwiceAsLong() {
    failSignIn(EMAIL, 5);
    fixture.clock.advance(FIVE_MINUTES);
    Instant secondStart = fixture.clock.instant();

    failSignIn(EMAIL, 4);

    assertThat(auth.signIn(EMAIL, WRONG))
        .isEqualTo(new Locked(secondStart.plus(Duration.ofMinutes(10))));
  }

  @Test
  void successForgetsEarlierFailures() {
    failSignIn(EMAIL, 4);
    fixture.signIn(EMAIL, PASSWORD);

    failSignIn(EMAIL, 4);

    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void successAfterALockStartsTheDoublingAgain() {
    failSignIn(EMAIL, 5);
    fixture.clock.advance(FIVE_MINUTES);
    fixture.signIn(EMAIL, PASSWORD);
    Instant now = fixture.clock.instant();

    failSignIn(EMAIL, 4);

    assertThat(auth.signIn(EMAIL, WRONG)).isEqualTo(new Locked(now.plus(FIVE_MINUTES)));
  }

  @Test
  void passwordLongerThanBcryptReadsIsRejectedNotTruncated() {
    String first72 = "violet-harbour-42-".repeat(4);
    fixture.admin().setPassword(EMAIL, first72);

    assertThat(auth.signIn(EMAIL, first72 + "!")).isEqualTo(new SignInResult.Rejected());
    assertThat(auth.signIn(EMAIL, first72)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void weakHashIsReplacedAtTheNextSignIn() {
    AuthService stronger = fixture.newAuthService(new BcryptPasswordHasher(5, fixture.random));
    Instant changedAt = fixture.storedUser(EMAIL).passwordChangedAt();

    assertThat(stronger.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);

    assertThat(fixture.storedUser(EMAIL).passwordHash()).startsWith("$2a$05$");
    assertThat(fixture.storedUser(EMAIL).passwordChangedAt()).isEqualTo(changedAt);
    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void signingOutIsAudited() {
    Session session = fixture.signIn(EMAIL, PASSWORD);

    auth.signOut(session);

    assertThat(fixture.auditTrail().get(0).event()).isEqualTo(AuditEvent.SIGNED_OUT);
  }

  @Test
  void accountOfADisabledUserEndsTheSession() {
    Session session = fixture.signIn(EMAIL, PASSWORD);
    fixture.admin().disable(EMAIL);

    assertThatThrownBy(() -> auth.accounts().account(session))
        .isInstanceOfSatisfying(
            AccountException.class,
            e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.SESSION_ENDED));
  }

  private void failSignIn(String email, int times) {
    for (int i = 0; i < times; i++) {
      assertThat(auth.signIn(email, WRONG))
          .isInstanceOfAny(SignInResult.Rejected.class, Locked.class);
    }
  }

  @Test
  void rightPasswordCheckedWhileOthersLockTheEmailIsRefused() {
    InterleavingStore store = new InterleavingStore(fixture.store());
    AuthService racing = fixture.newAuthService(store, fixture.hasher);
    store.afterNextWrite(() -> failSignIn(EMAIL, 5));

    assertThat(racing.signIn(EMAIL, PASSWORD)).isEqualTo(new Locked(START.plus(FIVE_MINUTES)));
    assertThat(auth.signIn(EMAIL, PASSWORD)).isEqualTo(new Locked(START.plus(FIVE_MINUTES)));
  }

  @Test
  void upgradingAWeakHashNeverUndoesAPasswordSetMeanwhile() {
    InterleavingStore store = new InterleavingStore(fixture.store());
    AuthService stronger =
        fixture.newAuthService(store, new BcryptPasswordHasher(5, fixture.random));
    store.afterNextWrite(() -> admin.setPassword(EMAIL, "amber-lighthouse-17"));

    stronger.signIn(EMAIL, PASSWORD);

    assertThat(auth.signIn(EMAIL, "amber-lighthouse-17")).isInstanceOf(SignInResult.SignedIn.class);
    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.Rejected.class);
  }

  @Test
  void attemptsRunningAtOnceCheckNoMorePasswordsThanTheBudget() throws Exception {
    AtomicInteger checked = new AtomicInteger();
    PasswordHasher counting =
        new PasswordHasher() {
          @Override
          public String hash(String password) {
            return fixture.hasher.hash(password);
          }

          @Override
          public boolean matches(String password, Optional<String> hash) {
            checked.incrementAndGet();
            return fixture.hasher.matches(password, hash);
          }

          @Override
          public boolean needsRehash(String hash) {
            return fixture.hasher.needsRehash(hash);
          }
        };
    AuthService guessing = fixture.newAuthService(counting);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<SignInResult>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        results.add(pool.submit(() -> guessing.signIn(EMAIL, WRONG)));
      }
      for (Future<SignInResult> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS))
            .isInstanceOfAny(SignInResult.Rejected.class, Locked.class);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(checked.get()).isLessThanOrEqualTo(ThrottlePolicy.DEFAULT.maxFailures());
    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(Locked.class);
  }
}
