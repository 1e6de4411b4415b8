package app.backoffice.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} must do, whatever holds the data. An implementation's test extends this
 * class and says how to make an empty store and how to open it again.
 *
 * <p>Times are whole seconds, so that a store keeping milliseconds or microseconds passes alike.
 */
public abstract class StoreContract {

  protected static final Instant NOW = Instant.parse("2024-05-06T09:30:00Z");
  protected static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  private static final String HASH = "$2a$04$abcdefghijklmnopqrstuu1234567890123456789012345678901";

  protected Store store;

  /** A new, empty store. Called once before each test. */
  protected abstract Store newStore();

  /**
   * Another store on the same data as the last one {@link #newStore()} made, as after a restart.
   */
  protected abstract Store reopen();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private User addUser(String email) {
    return addUser(email, Role.STAFF, NOW);
  }

  private User addUser(String email, Role role, Instant at) {
    return store.write(r -> r.users().insert(new NewUser(email, HASH, role, at)));
  }

  private Optional<User> userByEmail(String email) {
    return store.read(r -> r.users().findByEmail(email));
  }

  private Optional<User> lookAlike(String email) {
    return store.read(r -> r.users().findLookAlike(email));
  }

  private Optional<String> secret(long id) {
    return store.read(r -> r.users().totpSecret(id));
  }

  private User user(long id) {
    return findUser(id).orElseThrow();
  }

  private static AuditEntry audit(Instant at, AuditEvent event, String email, long userId) {
    return new AuditEntry(
        at, event, email, OptionalLong.of(userId), AuditSource.GUI, "desk-1", "note");
  }

  private Optional<User> findUser(long id) {
    return store.read(r -> r.users().findById(id));
  }

  private List<User> users() {
    return store.read(r -> r.users().list());
  }

  private long userCount() {
    return store.read(r -> r.users().count());
  }

  private int countUnused(long userId) {
    return store.read(r -> r.recoveryCodes().countUnused(userId));
  }

  private boolean markUsed(long codeId) {
    return store.write(r -> r.recoveryCodes().markUsed(codeId, NOW));
  }

  private Optional<ThrottleState> throttle(String email) {
    return store.read(r -> r.throttle().find(email));
  }

  private Optional<Instant> lastSignInBefore(long userId, Instant before) {
    return store.read(r -> r.audit().lastSignInBefore(userId, before));
  }

  private void append(AuditEntry... entries) {
    store.update(
        r -> {
          for (AuditEntry entry : entries) {
            r.audit().append(entry);
          }
        });
  }

  /** Appends failures a minute apart from {@link #NOW} on. */
  private void appendOneAMinute(int count) {
    for (int minute = 0; minute < count; minute++) {
      append(audit(NOW.plusSeconds(60L * minute), AuditEvent.TOTP_FAILED, "ann@example.com", 1));
    }
  }

  private List<AuditEntry> auditLog() {
    return store.read(
        r -> r.audit().query(new AuditQuery(Optional.empty(), Optional.empty(), 100)));
  }

  private static List<Instant> times(List<AuditEntry> entries) {
    return entries.stream().map(AuditEntry::at).toList();
  }

  private static HashedRecoveryCode code(int n) {
    return new HashedRecoveryCode(new byte[] {1, 2, (byte) n}, new byte[] {9, 8, 7, (byte) n});
  }

  private static String hex(HashedRecoveryCode code) {
    return HexFormat.of().formatHex(code.salt()) + ":" + HexFormat.of().formatHex(code.hash());
  }

  private List<String> unusedCodes(long userId) {
    return store.read(r -> r.recoveryCodes().unused(userId)).stream()
        .map(stored -> hex(stored.code()))
        .toList();
  }

  @Test
  void insertedUserIsReturnedWithItsIdAndNoTwoFactor() {
    User user = addUser("ann@example.com", Role.ADMIN, NOW);

    assertThat(user.id()).isPositive();
    assertThat(user.email()).isEqualTo("ann@example.com");
    assertThat(user.passwordHash()).isEqualTo(HASH);
    assertThat(user.role()).isEqualTo(Role.ADMIN);
    assertThat(user.disabled()).isFalse();
    assertThat(user.createdAt()).isEqualTo(NOW);
    assertThat(user.passwordChangedAt()).isEqualTo(NOW);
    assertThat(secret(user.id())).isEmpty();
    assertThat(user.twoFactorEnabled()).isFalse();
    assertThat(user.lastTotpStep()).isEmpty();
  }

  @Test
  void insertedUserIsFoundByEmailAndById() {
    User user = addUser("ann@example.com");

    assertThat(userByEmail("ann@example.com")).contains(user);
    assertThat(findUser(user.id())).contains(user);
  }

  @Test
  void unknownEmailAndIdFindNothing() {
    User user = addUser("ann@example.com");

    assertThat(userByEmail("bob@example.com")).isEmpty();
    assertThat(findUser(user.id() + 1000)).isEmpty();
  }

  @Test
  void emailLookupComparesExactly() {
    addUser("ann@example.com");

    assertThat(userByEmail("Ann@example.com")).isEmpty();
    assertThat(userByEmail("ann@example.com ")).isEmpty();
  }

  @Test
  void eachUserGetsItsOwnId() {
    User ann = addUser("ann@example.com");
    User bob = addUser("bob@example.com");

    assertThat(ann.id()).isNotEqualTo(bob.id());
  }

  @Test
  void duplicateEmailIsRefusedAndTheWholeWriteIsUndone() {
    User ann = addUser("ann@example.com", Role.STAFF, NOW);

    assertThatThrownBy(
            () ->
                writeEndingWith(
                    new NewUser("ann@example.com", "other", Role.ADMIN, NOW.plusSeconds(5))))
        .isInstanceOf(DuplicateEmailException.class)
        .hasMessageContaining("ann@example.com");

    assertThat(users()).containsExactly(ann);
    assertThat(auditLog()).isEmpty();
  }

  @Test
  void emailThatLooksLikeAnotherUsersIsRefusedAndTheWholeWriteIsUndone() {
    User ann = addUser("ann@example.com", Role.STAFF, NOW);

    // Cyrillic а and о: the same to the eye as Latin a and o
    assertThatThrownBy(
            () -> writeEndingWith(new NewUser("\u0430nn@example.c\u043em", HASH, Role.ADMIN, NOW)))
        .isInstanceOf(LookAlikeEmailException.class)
        .hasMessageContaining("\u0430nn@example.c\u043em")
        .hasMessageNotContaining("ann@example.com");

    assertThat(users()).containsExactly(ann);
    assertThat(auditLog()).isEmpty();
  }

  /** One write that records an audit entry and adds bob, then adds {@code last}. */
  private void writeEndingWith(NewUser last) {
    store.update(
        r -> {
          r.audit().append(audit(NOW, AuditEvent.USER_CREATED, "x@example.com", 1));
          r.users().insert(new NewUser("bob@example.com", HASH, Role.STAFF, NOW));
          r.users().insert(last);
        });
  }

  @Test
  void sameEmailIsADuplicateRatherThanALookAlike() {
    addUser("ann@example.com");

    assertThatThrownBy(() -> addUser("ann@example.com"))
        .isInstanceOf(DuplicateEmailException.class);
  }

  @Test
  void lookAlikeLookupFindsTheUserWhoseEmailLooksTheSame() {
    User ann = addUser("ann@example.com");

    assertThat(lookAlike("\u0430nn@example.com")).contains(ann);
    assertThat(lookAlike("ann@example.com")).contains(ann);
    assertThat(lookAlike("anne@example.com")).isEmpty();
  }

  @Test
  void emailsInAnotherAlphabetThatLookLikeNoOtherAreKept() {
    addUser("ann@example.com");
    // Cyrillic "ivan@primer.rf", and an address that differs from Ann's by a visible accent
    addUser("\u0438\u0432\u0430\u043d@\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444");
    addUser("\u00e1nn@example.com");

    assertThat(userCount()).isEqualTo(3);
  }

  @Test
  void listIsOrderedByEmail() {
    addUser("carol@example.com");
    addUser("alice@example.com");
    addUser("bob@example.com");

    assertThat(users())
        .extracting(User::email)
        .containsExactly("alice@example.com", "bob@example.com", "carol@example.com");
  }

  @Test
  void emptyStoreListsNoUsersAndCountsZero() {
    assertThat(users()).isEmpty();
    assertThat(userCount()).isZero();
  }

  @Test
  void countFollowsInserts() {
    addUser("ann@example.com");
    addUser("bob@example.com");

    assertThat(userCount()).isEqualTo(2);
  }

  @Test
  void replacePasswordWritesOnlyOverTheExpectedHash() {
    User ann = addUser("ann@example.com");
    Instant later = NOW.plusSeconds(60);

    boolean stale =
        store.write(r -> r.users().replacePassword(ann.id(), "$2a$04$other", "$2a$04$new", later));
    boolean current =
        store.write(r -> r.users().replacePassword(ann.id(), HASH, "$2a$04$new", later));

    assertThat(stale).isFalse();
    assertThat(current).isTrue();
    assertThat(user(ann.id()).passwordHash()).isEqualTo("$2a$04$new");
    assertThat(user(ann.id()).passwordChangedAt()).isEqualTo(later);
  }

  @Test
  void updatePasswordChangesHashAndTimeOnly() {
    User ann = addUser("ann@example.com");
    Instant later = NOW.plus(Duration.ofDays(3));

    store.update(r -> r.users().updatePassword(ann.id(), "$2a$04$newhash", later));

    User changed = user(ann.id());
    assertThat(changed.passwordHash()).isEqualTo("$2a$04$newhash");
    assertThat(changed.passwordChangedAt()).isEqualTo(later);
    assertThat(changed.createdAt()).isEqualTo(NOW);
    assertThat(changed.email()).isEqualTo("ann@example.com");
  }

  @Test
  void enabledTwoFactorReadsBackTheSamePlainSecretAndStep() {
    User ann = addUser("ann@example.com");
    Instant enabledAt = NOW.plusSeconds(60);

    store.update(r -> r.users().enableTwoFactor(ann.id(), SECRET, enabledAt, 57_148_321L));

    User enrolled = user(ann.id());
    assertThat(enrolled.twoFactorEnabled()).isTrue();
    assertThat(secret(ann.id())).contains(SECRET);
    assertThat(enrolled.twoFactorEnabledAt()).contains(enabledAt);
    assertThat(enrolled.lastTotpStep()).hasValue(57_148_321L);
    assertThat(userByEmail("ann@example.com")).contains(enrolled);
  }

  @Test
  void twoFactorOfOneUserLeavesOthersAlone() {
    User ann = addUser("ann@example.com");
    User bob = addUser("bob@example.com");

    store.update(r -> r.users().enableTwoFactor(ann.id(), SECRET, NOW, 1L));

    assertThat(user(bob.id())).isEqualTo(bob);
  }

  @Test
  void disableTwoFactorForgetsSecretTimeAndStep() {
    User ann = addUser("ann@example.com");
    store.update(r -> r.users().enableTwoFactor(ann.id(), SECRET, NOW, 42L));

    store.update(r -> r.users().disableTwoFactor(ann.id()));

    User plain = user(ann.id());
    assertThat(plain.twoFactorEnabled()).isFalse();
    assertThat(secret(ann.id())).isEmpty();
    assertThat(plain.twoFactorEnabledAt()).isEmpty();
    assertThat(plain.lastTotpStep()).isEmpty();
  }

  @Test
  void updateLastTotpStepKeepsTheSecret() {
    User ann = addUser("ann@example.com");
    store.update(r -> r.users().enableTwoFactor(ann.id(), SECRET, NOW, 100L));

    store.update(r -> r.users().updateLastTotpStep(ann.id(), 101L));

    User after = user(ann.id());
    assertThat(after.lastTotpStep()).hasValue(101L);
    assertThat(secret(ann.id())).contains(SECRET);
    assertThat(after.twoFactorEnabledAt()).contains(NOW);
  }

  @Test
  void setDisabledSwitchesBothWays() {
    User ann = addUser("ann@example.com");

    store.update(r -> r.users().setDisabled(ann.id(), true));
    assertThat(user(ann.id()).disabled()).isTrue();

    store.update(r -> r.users().setDisabled(ann.id(), false));
    assertThat(user(ann.id()).disabled()).isFalse();
  }

  @Test
  void replacedRecoveryCodesAreAllUnused() {
    User ann = addUser("ann@example.com");

    store.update(r -> r.recoveryCodes().replaceAll(ann.id(), List.of(code(1), code(2), code(3))));

    assertThat(unusedCodes(ann.id()))
        .containsExactlyInAnyOrder(hex(code(1)), hex(code(2)), hex(code(3)));
    assertThat(countUnused(ann.id())).isEqualTo(3);
  }

  @Test
  void recoveryCodeIsMarkedUsedOnlyOnce() {
    User ann = addUser("ann@example.com");
    store.update(r -> r.recoveryCodes().replaceAll(ann.id(), List.of(code(1), code(2))));
    StoredRecoveryCode first = store.read(r -> r.recoveryCodes().unused(ann.id())).get(0);

    boolean firstTime = markUsed(first.id());
    boolean secondTime = markUsed(first.id());

    assertThat(firstTime).isTrue();
    assertThat(secondTime).isFalse();
    assertThat(countUnused(ann.id())).isEqualTo(1);
    assertThat(unusedCodes(ann.id())).doesNotContain(hex(first.code()));
  }

  @Test
  void replaceAllDropsOldCodesUsedOrNot() {
    User ann = addUser("ann@example.com");
    store.update(r -> r.recoveryCodes().replaceAll(ann.id(), List.of(code(1), code(2))));
    long used = store.read(r -> r.recoveryCodes().unused(ann.id())).get(0).id();
    store.update(r -> r.recoveryCodes().markUsed(used, NOW));

    store.update(r -> r.recoveryCodes().replaceAll(ann.id(), List.of(code(7))));

    assertThat(unusedCodes(ann.id())).containsExactly(hex(code(7)));
    assertThat(countUnused(ann.id())).isEqualTo(1);
  }

  @Test
  void deleteAllRemovesOnlyThatUsersCodes() {
    User ann = addUser("ann@example.com");
    User bob = addUser("bob@example.com");
    store.update(r -> r.recoveryCodes().replaceAll(ann.id(), List.of(code(1), code(2))));
    store.update(r -> r.recoveryCodes().replaceAll(bob.id(), List.of(code(3))));

    store.update(r -> r.recoveryCodes().deleteAll(ann.id()));

    assertThat(countUnused(ann.id())).isZero();
    assertThat(unusedCodes(ann.id())).isEmpty();
    assertThat(unusedCodes(bob.id())).containsExactly(hex(code(3)));
  }

  @Test
  void unknownEmailHasNoThrottleState() {
    assertThat(throttle("nobody@example.com")).isEmpty();
  }

  @Test
  void throttleStateIsSavedForEmailsWithoutAUser() {
    ThrottleState state = new ThrottleState(3, 1, Optional.of(NOW.plusSeconds(300)));

    store.update(r -> r.throttle().save("nobody@example.com", state));

    assertThat(throttle("nobody@example.com")).contains(state);
  }

  @Test
  void savingThrottleStateAgainReplacesIt() {
    store.update(
        r -> r.throttle().save("ann@example.com", new ThrottleState(5, 2, Optional.of(NOW))));
    ThrottleState next = new ThrottleState(1, 2, Optional.empty());

    store.update(r -> r.throttle().save("ann@example.com", next));

    assertThat(throttle("ann@example.com")).contains(next);
  }

  @Test
  void clearedThrottleStateIsGoneForThatEmailOnly() {
    store.update(
        r -> r.throttle().save("ann@example.com", new ThrottleState(2, 0, Optional.empty())));
    store.update(
        r -> r.throttle().save("bob@example.com", new ThrottleState(4, 0, Optional.empty())));

    store.update(r -> r.throttle().clear("ann@example.com"));

    assertThat(throttle("ann@example.com")).isEmpty();
    assertThat(throttle("bob@example.com")).contains(new ThrottleState(4, 0, Optional.empty()));
  }

  @Test
  void auditEntryReadsBackWhole() {
    AuditEntry withUser =
        new AuditEntry(
            NOW,
            AuditEvent.TOTP_REPLAY_REFUSED,
            "ann@example.com",
            OptionalLong.of(7),
            AuditSource.CLI,
            "build-box",
            "step 1234");
    AuditEntry withoutUser =
        new AuditEntry(
            NOW.plusSeconds(1),
            AuditEvent.SIGN_IN_FAILED,
            "ghost@example.com",
            OptionalLong.empty(),
            AuditSource.GUI,
            "desk-1",
            "");

    append(withUser);
    append(withoutUser);

    assertThat(auditLog()).containsExactly(withoutUser, withUser);
  }

  @Test
  void auditQueryReturnsNewestFirstAndLaterAppendsFirstOnTies() {
    AuditEntry first = audit(NOW, AuditEvent.SIGN_IN_FAILED, "ann@example.com", 1);
    AuditEntry sameTime = audit(NOW, AuditEvent.ACCOUNT_LOCKED, "ann@example.com", 1);
    AuditEntry earlier = audit(NOW.minusSeconds(60), AuditEvent.USER_CREATED, "ann@example.com", 1);

    append(first, sameTime, earlier);

    assertThat(auditLog()).containsExactly(sameTime, first, earlier);
  }

  @Test
  void auditQueryFiltersByEmail() {
    append(
        audit(NOW, AuditEvent.SIGN_IN_SUCCEEDED, "ann@example.com", 1),
        audit(NOW, AuditEvent.SIGN_IN_SUCCEEDED, "bob@example.com", 2),
        audit(NOW.plusSeconds(1), AuditEvent.SIGNED_OUT, "ann@example.com", 1));

    List<AuditEntry> ann =
        store.read(
            r ->
                r.audit()
                    .query(new AuditQuery(Optional.of("ann@example.com"), Optional.empty(), 10)));

    assertThat(ann).extracting(AuditEntry::email).containsOnly("ann@example.com");
    assertThat(ann)
        .extracting(AuditEntry::event)
        .containsExactly(AuditEvent.SIGNED_OUT, AuditEvent.SIGN_IN_SUCCEEDED);
  }

  @Test
  void auditQuerySinceIncludesThatInstantAndLater() {
    appendOneAMinute(5);

    List<AuditEntry> recent =
        store.read(
            r ->
                r.audit()
                    .query(
                        new AuditQuery(Optional.empty(), Optional.of(NOW.plusSeconds(180)), 10)));

    assertThat(times(recent)).containsExactly(NOW.plusSeconds(240), NOW.plusSeconds(180));
  }

  @Test
  void auditQueryLimitKeepsTheNewest() {
    appendOneAMinute(5);

    List<AuditEntry> newest =
        store.read(r -> r.audit().query(new AuditQuery(Optional.empty(), Optional.empty(), 2)));

    assertThat(times(newest)).containsExactly(NOW.plusSeconds(240), NOW.plusSeconds(180));
  }

  @Test
  void auditQueryCombinesEmailSinceAndLimit() {
    store.update(
        r -> {
          for (int minutes = 0; minutes < 6; minutes++) {
            String email = minutes % 2 == 0 ? "ann@example.com" : "bob@example.com";
            r.audit()
                .append(audit(NOW.plusSeconds(60L * minutes), AuditEvent.TOTP_FAILED, email, 1));
          }
        });

    List<AuditEntry> found =
        store.read(
            r ->
                r.audit()
                    .query(
                        new AuditQuery(
                            Optional.of("ann@example.com"), Optional.of(NOW.plusSeconds(60)), 1)));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).at()).isEqualTo(NOW.plusSeconds(240));
    assertThat(found.get(0).email()).isEqualTo("ann@example.com");
  }

  @Test
  void lastSignInBeforeFindsTheLatestSuccessStrictlyBefore() {
    Instant before = NOW.plusSeconds(3600);
    String ann = "ann@example.com";
    append(
        audit(NOW, AuditEvent.SIGN_IN_SUCCEEDED, ann, 1),
        audit(NOW.plusSeconds(600), AuditEvent.SIGN_IN_SUCCEEDED, ann, 1),
        audit(NOW.plusSeconds(1200), AuditEvent.SIGN_IN_FAILED, ann, 1),
        audit(NOW.plusSeconds(1800), AuditEvent.SIGN_IN_SUCCEEDED, "bob@example.com", 2),
        audit(before, AuditEvent.SIGN_IN_SUCCEEDED, ann, 1));

    assertThat(lastSignInBefore(1, before)).contains(NOW.plusSeconds(600));
  }

  @Test
  void lastSignInBeforeIsEmptyWithoutAnEarlierSuccess() {
    append(
        audit(NOW, AuditEvent.SIGN_IN_FAILED, "ann@example.com", 1),
        audit(NOW.plusSeconds(60), AuditEvent.SIGN_IN_SUCCEEDED, "ann@example.com", 1));

    assertThat(lastSignInBefore(1, NOW.plusSeconds(60))).isEmpty();
    assertThat(lastSignInBefore(2, NOW.plusSeconds(3600))).isEmpty();
  }

  @Test
  void writeThatThrowsLeavesNothingBehind() {
    User ann = addUser("ann@example.com");
    IllegalStateException failure = new IllegalStateException("stop here");

    assertThatThrownBy(
            () ->
                store.update(
                    r -> {
                      r.users().insert(new NewUser("bob@example.com", HASH, Role.STAFF, NOW));
                      r.users().updatePassword(ann.id(), "changed", NOW.plusSeconds(1));
                      r.users().enableTwoFactor(ann.id(), SECRET, NOW, 5L);
                      r.recoveryCodes().replaceAll(ann.id(), List.of(code(1)));
                      r.throttle()
                          .save("ann@example.com", new ThrottleState(1, 0, Optional.empty()));
                      r.audit()
                          .append(audit(NOW, AuditEvent.PASSWORD_CHANGED, "ann@example.com", 1));
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(users()).containsExactly(ann);
    assertThat(countUnused(ann.id())).isZero();
    assertThat(throttle("ann@example.com")).isEmpty();
    assertThat(auditLog()).isEmpty();
  }

  @Test
  void storeStaysUsableAfterAFailedWrite() {
    assertThatThrownBy(
            () ->
                store.update(
                    r -> {
                      throw new IllegalArgumentException("refused");
                    }))
        .isInstanceOf(IllegalArgumentException.class);

    User ann = addUser("ann@example.com");

    assertThat(userByEmail("ann@example.com")).contains(ann);
  }

  @Test
  void readAndWriteReturnWhatTheWorkReturns() {
    String written =
        store.write(r -> r.users().insert(new NewUser("a@x", HASH, Role.STAFF, NOW)).email());
    Long counted = store.read(r -> r.users().count());
    String constant = store.read(r -> "read");
    Object nothing = store.write(r -> null);

    assertThat(written).isEqualTo("a@x");
    assertThat(counted).isEqualTo(1L);
    assertThat(constant).isEqualTo("read");
    assertThat(nothing).isNull();
  }

  @Test
  void everythingSurvivesReopening() {
    User ann = addUser("ann@example.com", Role.ADMIN, NOW);
    store.update(
        r -> {
          r.users().enableTwoFactor(ann.id(), SECRET, NOW.plusSeconds(30), 99L);
          r.users().setDisabled(ann.id(), true);
          r.recoveryCodes().replaceAll(ann.id(), List.of(code(1), code(2)));
          r.throttle().save("ann@example.com", new ThrottleState(2, 1, Optional.of(NOW)));
          r.audit().append(audit(NOW, AuditEvent.TWO_FACTOR_ENABLED, "ann@example.com", ann.id()));
        });
    User before = user(ann.id());

    store.close();
    store = reopen();

    assertThat(user(ann.id())).isEqualTo(before);
    assertThat(secret(ann.id())).contains(SECRET);
    assertThat(unusedCodes(ann.id())).containsExactlyInAnyOrder(hex(code(1)), hex(code(2)));
    assertThat(throttle("ann@example.com")).contains(new ThrottleState(2, 1, Optional.of(NOW)));
    assertThat(auditLog())
        .containsExactly(audit(NOW, AuditEvent.TWO_FACTOR_ENABLED, "ann@example.com", ann.id()));
  }
}
