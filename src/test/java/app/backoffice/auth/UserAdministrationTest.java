package app.backoffice.auth;

import static app.backoffice.auth.AuthFixture.EMAIL;
import static app.backoffice.auth.AuthFixture.HOST;
import static app.backoffice.auth.AuthFixture.PASSWORD;
import static app.backoffice.auth.AuthFixture.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.backoffice.auth.AccountException.Reason;
import app.backoffice.store.AuditEntry;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.AuditSource;
import app.backoffice.store.Role;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserAdministrationTest extends FixtureTest {

  private static final String ADMIN = "root@example.com";
  private static final String OTHER_PASSWORD = "amber-lighthouse-17";

  @BeforeEach
  void setUp() {
    admin.addUser(ADMIN, PASSWORD, Role.ADMIN);
  }

  @Test
  void addedUserCanSignIn() {
    UserSummary added = admin.addUser(" Alice@Example.com ", PASSWORD, Role.STAFF);

    assertThat(added).isEqualTo(new UserSummary(EMAIL, Role.STAFF, false, false, false, START));
    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void secondUserWithTheSameEmailIsRefused() {
    admin.addUser(EMAIL, PASSWORD, Role.STAFF);

    assertThat(refusal(() -> admin.addUser("ALICE@example.com", OTHER_PASSWORD, Role.ADMIN)))
        .isEqualTo(Reason.EMAIL_TAKEN);
    assertThat(admin.listUsers()).extracting(UserSummary::email).containsExactly(EMAIL, ADMIN);
    assertThat(auth.signIn(EMAIL, OTHER_PASSWORD)).isEqualTo(new SignInResult.Rejected());
  }

  @Test
  void invalidEmailIsRefused() {
    assertThat(refusal(() -> admin.addUser("alice", PASSWORD, Role.STAFF)))
        .isEqualTo(Reason.INVALID_EMAIL);
    assertThat(admin.listUsers()).hasSize(1);
  }

  @Test
  void emailThatLooksLikeAnExistingUsersIsRefusedAndNothingIsWritten() {
    admin.addUser("a@example.com", PASSWORD, Role.STAFF);
    List<AuditEntry> audited = admin.audit(Optional.empty(), Optional.empty(), 100);

    // A Cyrillic а; a Greek alpha; a zero for the o of "com"
    assertThat(refusal(() -> admin.checkNewUser("\u0430@example.com")))
        .isEqualTo(Reason.EMAIL_LOOKS_TAKEN);
    assertThat(refusal(() -> admin.addUser("\u0430@example.com", OTHER_PASSWORD, Role.ADMIN)))
        .isEqualTo(Reason.EMAIL_LOOKS_TAKEN);
    assertThat(refusal(() -> admin.addUser("\u03b1@example.com", OTHER_PASSWORD, Role.STAFF)))
        .isEqualTo(Reason.EMAIL_LOOKS_TAKEN);
    assertThat(refusal(() -> admin.addUser("a@example.c0m", OTHER_PASSWORD, Role.STAFF)))
        .isEqualTo(Reason.EMAIL_LOOKS_TAKEN);

    assertThat(admin.listUsers())
        .extracting(UserSummary::email)
        .containsExactly("a@example.com", ADMIN);
    assertThat(admin.audit(Optional.empty(), Optional.empty(), 100)).isEqualTo(audited);
  }

  @Test
  void theSameEmailIsStillRefusedAsTakenRatherThanAsALookAlike() {
    admin.addUser(EMAIL, PASSWORD, Role.STAFF);

    assertThat(refusal(() -> admin.checkNewUser(EMAIL))).isEqualTo(Reason.EMAIL_TAKEN);
  }

  @Test
  void latinEmailThatLooksLikeAnExistingCyrillicOneIsRefused() {
    // "aaa" in Cyrillic letters, a whole-script address that looks like no other yet
    admin.addUser("\u0430\u0430\u0430@example.com", PASSWORD, Role.STAFF);

    assertThat(refusal(() -> admin.addUser("aaa@example.com", PASSWORD, Role.STAFF)))
        .isEqualTo(Reason.EMAIL_LOOKS_TAKEN);
  }

  @Test
  void addressInAnotherAlphabetThatLooksLikeNoExistingOneIsAccepted() {
    admin.addUser("a@example.com", PASSWORD, Role.STAFF);
    String ivan = "\u0438\u0432\u0430\u043d@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444";
    // Cyrillic "aaa": three letters cannot be mistaken for Latin "a"
    String threeCyrillicA = "\u0430\u0430\u0430@example.com";

    admin.addUser(ivan, PASSWORD, Role.STAFF);
    admin.addUser(threeCyrillicA, PASSWORD, Role.STAFF);

    assertThat(admin.listUsers())
        .extracting(UserSummary::email)
        .contains("a@example.com", ivan, threeCyrillicA);
  }

  @Test
  void weakPasswordIsRefusedWithItsProblems() {
    assertThatThrownBy(() -> admin.addUser(EMAIL, "password1", Role.STAFF))
        .isInstanceOfSatisfying(
            AccountException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.WEAK_PASSWORD);
              assertThat(e.passwordProblems()).containsExactly(PasswordProblem.COMMON);
            });
    assertThat(admin.listUsers()).hasSize(1);
  }

  @Test
  void userListIsOrderedByEmailAndShowsLocks() {
    admin.addUser(EMAIL, PASSWORD, Role.STAFF);
    admin.addUser("zoe@example.com", PASSWORD, Role.STAFF);
    for (int i = 0; i < 5; i++) {
      auth.signIn(EMAIL, "wrong-harbour-42");
    }

    List<UserSummary> users = admin.listUsers();

    assertThat(users)
        .extracting(UserSummary::email)
        .containsExactly(EMAIL, ADMIN, "zoe@example.com");
    assertThat(users).extracting(UserSummary::locked).containsExactly(true, false, false);

    fixture.clock.advance(Duration.ofMinutes(5));
    assertThat(admin.listUsers()).extracting(UserSummary::locked).containsOnly(false);
  }

  @Test
  void setPasswordReplacesTheOldOne() {
    admin.addUser(EMAIL, PASSWORD, Role.STAFF);

    admin.setPassword(EMAIL, OTHER_PASSWORD);

    assertThat(auth.signIn(EMAIL, PASSWORD)).isEqualTo(new SignInResult.Rejected());
    assertThat(auth.signIn(EMAIL, OTHER_PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void setPasswordRefusesUnknownUsersAndWeakPasswords() {
    assertThat(refusal(() -> admin.setPassword("nobody@example.com", OTHER_PASSWORD)))
        .isEqualTo(Reason.USER_NOT_FOUND);
    assertThat(refusal(() -> admin.setPassword(ADMIN, "iloveyou"))).isEqualTo(Reason.WEAK_PASSWORD);
    assertThat(auth.signIn(ADMIN, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void resetTwoFactorLetsTheUserInWithThePasswordAlone() {
    fixture.addAliceWithTwoFactor();
    long aliceId = fixture.storedUser(EMAIL).id();

    admin.resetTwoFactor(EMAIL);

    assertThat(admin.listUsers().get(0).twoFactorEnabled()).isFalse();
    assertThat(fixture.storedSecret(EMAIL)).isEmpty();
    int recoveryCodesLeft = fixture.store().read(r -> r.recoveryCodes().countUnused(aliceId));
    assertThat(recoveryCodesLeft).isZero();
    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void resetTwoFactorRefusesAUserWithout() {
    admin.addUser(EMAIL, PASSWORD, Role.STAFF);

    assertThat(refusal(() -> admin.resetTwoFactor(EMAIL))).isEqualTo(Reason.TWO_FACTOR_NOT_ENABLED);
  }

  @Test
  void unlockEndsALockAtOnce() {
    admin.addUser(EMAIL, PASSWORD, Role.STAFF);
    for (int i = 0; i < 5; i++) {
      auth.signIn(EMAIL, "wrong-harbour-42");
    }

    admin.unlock(EMAIL);

    assertThat(admin.listUsers().get(0).locked()).isFalse();
    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void unlockRefusesUnknownUsers() {
    assertThat(refusal(() -> admin.unlock("nobody@example.com"))).isEqualTo(Reason.USER_NOT_FOUND);
  }

  @Test
  void disabledUserCannotSignInUntilEnabledAgain() {
    admin.addUser(EMAIL, PASSWORD, Role.STAFF);

    admin.disable(EMAIL);
    assertThat(admin.listUsers().get(0).disabled()).isTrue();
    assertThat(auth.signIn(EMAIL, PASSWORD)).isEqualTo(new SignInResult.Disabled());

    admin.enable(EMAIL);
    assertThat(admin.listUsers().get(0).disabled()).isFalse();
    assertThat(auth.signIn(EMAIL, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void lastEnabledAdministratorCannotBeDisabled() {
    assertThat(refusal(() -> admin.disable(ADMIN))).isEqualTo(Reason.LAST_ADMINISTRATOR);
    assertThat(auth.signIn(ADMIN, PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void oneOfTwoAdministratorsCanBeDisabledButNotTheOther() {
    admin.addUser(EMAIL, PASSWORD, Role.ADMIN);

    admin.disable(EMAIL);

    assertThat(refusal(() -> admin.disable(ADMIN))).isEqualTo(Reason.LAST_ADMINISTRATOR);
    admin.enable(EMAIL);
    admin.disable(ADMIN);
    assertThat(admin.listUsers()).extracting(UserSummary::disabled).containsExactly(false, true);
  }

  @Test
  void unlockingAnEmailWithoutFailuresChangesNothing() {
    fixture.addAlice();

    assertThat(admin.unlock(EMAIL)).isFalse();
    assertThat(fixture.auditTrail())
        .extracting(AuditEntry::event)
        .doesNotContain(AuditEvent.ACCOUNT_UNLOCKED);
  }

  @Test
  void aRightPasswordWaitingForItsCodeLeavesNothingToUnlock() {
    fixture.addAliceWithTwoFactor();
    fixture.signInForCode(EMAIL, PASSWORD);

    assertThat(admin.unlock(EMAIL)).isFalse();
    assertThat(fixture.auditTrail())
        .extracting(AuditEntry::event)
        .doesNotContain(AuditEvent.ACCOUNT_UNLOCKED);
  }

  @Test
  void settingAPasswordEndsALock() {
    fixture.addAlice();
    for (int i = 0; i < 5; i++) {
      auth.signIn(EMAIL, "wrong-harbour-42");
    }

    admin.setPassword(EMAIL, OTHER_PASSWORD);

    assertThat(auth.signIn(EMAIL, OTHER_PASSWORD)).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void everyChangeIsAuditedWithTheCommandLineAsSource() {
    fixture.addAliceWithTwoFactor();
    admin.setPassword(EMAIL, OTHER_PASSWORD);
    admin.resetTwoFactor(EMAIL);
    auth.signIn(EMAIL, PASSWORD);
    admin.unlock(EMAIL);
    admin.disable(EMAIL);
    admin.enable(EMAIL);

    List<AuditEntry> byAdministration =
        fixture.auditTrail().stream().filter(entry -> entry.source() == AuditSource.CLI).toList();

    assertThat(byAdministration)
        .extracting(AuditEntry::event)
        .containsExactly(
            AuditEvent.USER_ENABLED,
            AuditEvent.USER_DISABLED,
            AuditEvent.ACCOUNT_UNLOCKED,
            AuditEvent.TWO_FACTOR_RESET,
            AuditEvent.PASSWORD_CHANGED,
            AuditEvent.USER_CREATED,
            AuditEvent.USER_CREATED);
    assertThat(byAdministration).allSatisfy(entry -> assertThat(entry.host()).isEqualTo(HOST));
    assertThat(byAdministration.subList(0, 6))
        .allSatisfy(
            entry -> {
              assertThat(entry.email()).isEqualTo(EMAIL);
              assertThat(entry.userId()).isPresent();
            });
  }

  @Test
  void auditQueryFiltersByEmailAndTimeNewestFirst() {
    admin.addUser(EMAIL, PASSWORD, Role.STAFF);
    fixture.clock.advance(Duration.ofMinutes(1));
    auth.signIn(EMAIL, PASSWORD);
    fixture.clock.advance(Duration.ofMinutes(1));
    auth.signIn(EMAIL, "wrong-harbour-42");
    auth.signIn(ADMIN, PASSWORD);

    List<AuditEntry> alice = admin.audit(Optional.of(" ALICE@example.com"), Optional.empty(), 10);
    List<AuditEntry> recent =
        admin.audit(Optional.of(EMAIL), Optional.of(START.plus(Duration.ofMinutes(1))), 10);
    List<AuditEntry> newest = admin.audit(Optional.empty(), Optional.empty(), 1);

    assertThat(alice)
        .extracting(AuditEntry::event)
        .containsExactly(
            AuditEvent.SIGN_IN_FAILED, AuditEvent.SIGN_IN_SUCCEEDED, AuditEvent.USER_CREATED);
    assertThat(recent)
        .extracting(AuditEntry::event)
        .containsExactly(AuditEvent.SIGN_IN_FAILED, AuditEvent.SIGN_IN_SUCCEEDED);
    assertThat(newest)
        .singleElement()
        .satisfies(entry -> assertThat(entry.email()).isEqualTo(ADMIN));
  }

  @Test
  void changesRefuseInvalidEmails() {
    assertThat(refusal(() -> admin.disable("not an email"))).isEqualTo(Reason.INVALID_EMAIL);
    assertThat(refusal(() -> admin.unlock(""))).isEqualTo(Reason.INVALID_EMAIL);
  }

  /** Runs a call that must be refused, and gives the reason. */
  private static Reason refusal(ThrowingCallable call) {
    AccountException refused = catchThrowableOfType(AccountException.class, call);
    assertThat(refused).as("refused with an AccountException").isNotNull();
    return refused.reason();
  }
}
