package app.backoffice.auth;

import app.backoffice.auth.Outcomes.InvalidCode;
import app.backoffice.auth.Outcomes.Locked;
import app.backoffice.auth.Outcomes.ReplayedCode;
import app.backoffice.auth.Outcomes.WeakPassword;
import app.backoffice.auth.Outcomes.WrongCode;
import app.backoffice.auth.Outcomes.WrongPassword;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.NewUser;
import app.backoffice.store.Repositories;
import app.backoffice.store.Role;
import app.backoffice.store.Store;
import app.backoffice.store.StoredRecoveryCode;
import app.backoffice.store.ThrottleState;
import app.backoffice.store.User;
import app.backoffice.totp.KeyUri;
import app.backoffice.totp.TotpSecrets;
import app.backoffice.totp.TotpVerifier;
import app.backoffice.totp.TotpVerifier.Verification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signing in and everything a signed-in user does to their own account: 2FA enrolment, switching it
 * off, changing the password, new recovery codes. Also creates the first administrator.
 *
 * <p>Every method may block on bcrypt and the store: call it off the user interface's thread.
 */
public final class AuthService {

  /** How long a sign-in may wait for its code. */
  public static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);

  /** What the audit log records for a sign-in whose email field held no email address. */
  public static final String NOT_AN_EMAIL = "(not an email address)";

  private static final System.Logger LOG = System.getLogger(AuthService.class.getName());

  private final Store store;
  private final PasswordHasher hasher;
  private final AuthSettings settings;
  private final Clock clock;
  private final AuditTrail audit;
  private final PasswordPolicy policy = new PasswordPolicy();
  private final TotpVerifier verifier = new TotpVerifier();
  private final TotpSecrets secrets;
  private final RecoveryCodes recoveryCodes;
  private final Set<PendingSignIn> pending = ConcurrentHashMap.newKeySet();
  private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

  public AuthService(
      Store store,
      PasswordHasher hasher,
      AuthSettings settings,
      Clock clock,
      ServiceContext context) {
    this.store = store;
    this.hasher = hasher;
    this.settings = settings;
    this.clock = clock;
    this.audit = new AuditTrail(context.source(), context.host());
    this.secrets = new TotpSecrets(context.random());
    this.recoveryCodes = new RecoveryCodes(context.random());
  }

  public AuthSettings settings() {
    return settings;
  }

  // ---- first run --------------------------------------------------------------------------

  /** Whether the store has no users yet, so the first administrator must be created. */
  public boolean needsFirstAdministrator() {
    return store.read(repositories -> repositories.users().count() == 0);
  }

  /**
   * Creates the first administrator of an empty store.
   *
   * @throws AccountException with {@code ALREADY_SET_UP} when a user exists, {@code INVALID_EMAIL}
   *     or {@code WEAK_PASSWORD}
   */
  public void createFirstAdministrator(String email, String password) {
    String normalized = Emails.requireValid(email);
    policy.requireAcceptable(password, normalized);
    String hash = hasher.hash(password);
    Instant now = clock.instant();
    store.update(
        repositories -> {
          if (repositories.users().count() > 0) {
            throw new AccountException(AccountException.Reason.ALREADY_SET_UP);
          }
          User user = repositories.users().insert(new NewUser(normalized, hash, Role.ADMIN, now));
          audit.record(
              repositories,
              now,
              AuditEvent.USER_CREATED,
              normalized,
              user.id(),
              "first administrator");
        });
    LOG.log(System.Logger.Level.INFO, "Created the first administrator {0}", normalized);
  }

  // ---- sign-in ----------------------------------------------------------------------------

  /**
   * Checks an email and password. An unknown email and a wrong password answer the same and take
   * the same time; a locked email is refused before its password is checked.
   */
  public SignInResult signIn(String email, String password) {
    Instant now = clock.instant();
    forgetExpiredPendingSignIns(now);
    String normalized = Emails.normalize(email);
    boolean plausible = Emails.isValid(normalized);
    // Whatever is not shaped like an email may be a password typed into the wrong field: it
    // stays out of the audit log.
    String audited = plausible ? normalized : NOT_AN_EMAIL;
    Lookup lookup =
        plausible
            ? store.read(repositories -> lookup(repositories, normalized))
            : new Lookup(Optional.empty(), ThrottleState.CLEAR);
    if (lookup.throttle().lockedAt(now)) {
      Instant until = lookup.throttle().lockedUntil().orElseThrow();
      store.update(
          repositories ->
              audit.record(
                  repositories,
                  now,
                  AuditEvent.SIGN_IN_FAILED,
                  normalized,
                  lookup.userId(),
                  "refused while locked"));
      return new Locked(until);
    }

    Optional<User> user = lookup.user();
    boolean matches = hasher.matches(password, user.map(User::passwordHash));
    if (!matches) {
      Optional<Instant> lockedUntil =
          store.write(
              repositories ->
                  recordFailure(
                      repositories,
                      audited,
                      plausible,
                      lookup.userId(),
                      AuditEvent.SIGN_IN_FAILED,
                      "wrong email or password",
                      now));
      return lockedUntil.<SignInResult>map(Locked::new).orElseGet(SignInResult.Rejected::new);
    }

    User found = user.orElseThrow();
    if (found.disabled()) {
      store.update(
          repositories ->
              audit.record(
                  repositories,
                  now,
                  AuditEvent.SIGN_IN_FAILED,
                  normalized,
                  found.id(),
                  "account disabled"));
      return new SignInResult.Disabled();
    }
    upgradeHashIfWeak(found, password);
    if (found.twoFactorEnabled()) {
      PendingSignIn next = new PendingSignIn(found.id(), found.email(), now);
      pending.add(next);
      return new SignInResult.CodeRequired(next);
    }
    return new SignInResult.SignedIn(
        store.write(repositories -> startSession(repositories, found, now, "password")));
  }

  /**
   * Completes a sign-in with a six-digit code from the authenticator app, or with a recovery code.
   */
  public CodeResult completeSignIn(PendingSignIn signIn, String code) {
    Instant now = clock.instant();
    if (!pending.contains(signIn) || isExpired(signIn, now)) {
      pending.remove(signIn);
      return new CodeResult.Expired();
    }
    CodeInput input = CodeInput.parse(code);
    if (input instanceof CodeInput.Invalid) {
      return new InvalidCode();
    }
    CodeResult result = store.write(repositories -> checkCode(repositories, signIn, input, now));
    if (result instanceof CodeResult.SignedIn
        || result instanceof Locked
        || result instanceof CodeResult.Expired) {
      pending.remove(signIn);
    }
    return result;
  }

  private CodeResult checkCode(
      Repositories repositories, PendingSignIn signIn, CodeInput input, Instant now) {
    ThrottleState throttle =
        repositories.throttle().find(signIn.email()).orElse(ThrottleState.CLEAR);
    if (throttle.lockedAt(now)) {
      return new Locked(throttle.lockedUntil().orElseThrow());
    }
    Optional<User> user = repositories.users().findById(signIn.userId());
    if (user.isEmpty() || user.get().disabled() || !user.get().twoFactorEnabled()) {
      return new CodeResult.Expired();
    }
    User found = user.get();
    SecondFactor factor = checkSecondFactor(repositories, found, input, now, true);
    if (factor == SecondFactor.REPLAYED) {
      audit.record(
          repositories, now, AuditEvent.TOTP_REPLAY_REFUSED, found.email(), found.id(), "sign-in");
      return new ReplayedCode();
    }
    if (factor == SecondFactor.WRONG) {
      return recordCodeFailure(repositories, found, input, "sign-in", now)
          .<CodeResult>map(Locked::new)
          .orElseGet(WrongCode::new);
    }
    boolean recovery = factor == SecondFactor.RECOVERY_CODE;
    Session session = startSession(repositories, found, now, recovery ? "recovery code" : "totp");
    return new CodeResult.SignedIn(
        session, recovery, repositories.recoveryCodes().countUnused(found.id()));
  }

  /** Ends a session; the screen forgets it. */
  public void signOut(Session session) {
    if (!sessions.remove(session)) {
      return;
    }
    Instant now = clock.instant();
    store.update(
        repositories ->
            audit.record(
                repositories, now, AuditEvent.SIGNED_OUT, session.email(), session.userId(), ""));
  }

  /** The signed-in user's account as it is now. */
  public Account account(Session session) {
    return store.read(
        repositories -> {
          User user = activeUser(repositories, session);
          return new Account(
              user.email(),
              user.role(),
              user.twoFactorEnabledAt(),
              repositories.recoveryCodes().countUnused(user.id()),
              user.passwordChangedAt());
        });
  }

  // ---- 2FA enrolment ----------------------------------------------------------------------

  /**
   * Starts enrolment with a fresh secret that stays in memory until {@link #confirmEnrolment}.
   *
   * @throws AccountException with {@code TWO_FACTOR_ALREADY_ENABLED}
   */
  public Enrolment beginEnrolment(Session session) {
    User user = store.read(repositories -> activeUser(repositories, session));
    if (user.twoFactorEnabled()) {
      throw new AccountException(AccountException.Reason.TWO_FACTOR_ALREADY_ENABLED);
    }
    String secret = secrets.generate();
    return new Enrolment(
        user.id(),
        settings.issuer(),
        user.email(),
        secret,
        KeyUri.of(settings.issuer(), user.email(), secret));
  }

  /**
   * Switches 2FA on once a code proves the app holds the secret: the secret, the code's step and
   * new recovery codes are written in one transaction.
   */
  public EnrolmentResult confirmEnrolment(Session session, Enrolment enrolment, String code) {
    if (enrolment.userId() != session.userId()) {
      throw new IllegalArgumentException("the enrolment belongs to another user");
    }
    if (!(CodeInput.parse(code) instanceof CodeInput.Totp totp)) {
      return new InvalidCode();
    }
    Instant now = clock.instant();
    List<String> codes = recoveryCodes.generate();
    return store.write(
        repositories -> {
          User user = activeUser(repositories, session);
          if (user.twoFactorEnabled()) {
            throw new AccountException(AccountException.Reason.TWO_FACTOR_ALREADY_ENABLED);
          }
          Verification verification =
              verifier.verify(enrolment.secret(), totp.digits(), now, OptionalLong.empty());
          if (!(verification instanceof Verification.Accepted accepted)) {
            audit.record(
                repositories, now, AuditEvent.TOTP_FAILED, user.email(), user.id(), "enrolment");
            return new WrongCode();
          }
          repositories.users().enableTwoFactor(user.id(), enrolment.secret(), now, accepted.step());
          repositories
              .recoveryCodes()
              .replaceAll(user.id(), codes.stream().map(recoveryCodes::hash).toList());
          audit.record(
              repositories, now, AuditEvent.TWO_FACTOR_ENABLED, user.email(), user.id(), "");
          return new EnrolmentResult.Enabled(codes);
        });
  }

  /** Switches 2FA off; takes the current password and a current code or a recovery code. */
  public DisableTwoFactorResult disableTwoFactor(Session session, String password, String code) {
    Instant now = clock.instant();
    CodeInput input = CodeInput.parse(code);
    User user = store.read(repositories -> activeUser(repositories, session));
    if (!user.twoFactorEnabled()) {
      throw new AccountException(AccountException.Reason.TWO_FACTOR_NOT_ENABLED);
    }
    Optional<Instant> locked = lockedUntil(user.email(), now);
    if (locked.isPresent()) {
      return new Locked(locked.get());
    }
    if (input instanceof CodeInput.Invalid) {
      return new InvalidCode();
    }
    boolean passwordMatches = hasher.matches(password, Optional.of(user.passwordHash()));
    return store.write(
        repositories -> {
          // Read again inside the transaction: another program may have accepted a code since,
          // and checking against the last step read before would let that code through again.
          User current = activeUser(repositories, session);
          if (!current.twoFactorEnabled()) {
            throw new AccountException(AccountException.Reason.TWO_FACTOR_NOT_ENABLED);
          }
          if (!passwordMatches) {
            return recordFailure(
                    repositories,
                    current.email(),
                    true,
                    OptionalLong.of(current.id()),
                    AuditEvent.SIGN_IN_FAILED,
                    "wrong password to disable 2FA",
                    now)
                .<DisableTwoFactorResult>map(Locked::new)
                .orElseGet(WrongPassword::new);
          }
          SecondFactor factor = checkSecondFactor(repositories, current, input, now, true);
          if (factor == SecondFactor.REPLAYED) {
            audit.record(
                repositories,
                now,
                AuditEvent.TOTP_REPLAY_REFUSED,
                current.email(),
                current.id(),
                "disable 2FA");
            return new ReplayedCode();
          }
          if (factor == SecondFactor.WRONG) {
            return recordCodeFailure(repositories, current, input, "disable 2FA", now)
                .<DisableTwoFactorResult>map(Locked::new)
                .orElseGet(WrongCode::new);
          }
          repositories.users().disableTwoFactor(current.id());
          repositories.recoveryCodes().deleteAll(current.id());
          repositories.throttle().clear(current.email());
          audit.record(
              repositories,
              now,
              AuditEvent.TWO_FACTOR_DISABLED,
              current.email(),
              current.id(),
              "by the user");
          return new DisableTwoFactorResult.TwoFactorDisabled();
        });
  }

  /** Replaces the recovery codes; takes a current code from the app. */
  public RegenerateResult regenerateRecoveryCodes(Session session, String code) {
    Instant now = clock.instant();
    CodeInput input = CodeInput.parse(code);
    if (!(input instanceof CodeInput.Totp)) {
      return new InvalidCode();
    }
    List<String> codes = recoveryCodes.generate();
    return store.write(
        repositories -> {
          User user = activeUser(repositories, session);
          if (!user.twoFactorEnabled()) {
            throw new AccountException(AccountException.Reason.TWO_FACTOR_NOT_ENABLED);
          }
          ThrottleState throttle =
              repositories.throttle().find(user.email()).orElse(ThrottleState.CLEAR);
          if (throttle.lockedAt(now)) {
            return new Locked(throttle.lockedUntil().orElseThrow());
          }
          SecondFactor factor = checkSecondFactor(repositories, user, input, now, false);
          if (factor == SecondFactor.REPLAYED) {
            audit.record(
                repositories,
                now,
                AuditEvent.TOTP_REPLAY_REFUSED,
                user.email(),
                user.id(),
                "new recovery codes");
            return new ReplayedCode();
          }
          if (factor == SecondFactor.WRONG) {
            return recordCodeFailure(repositories, user, input, "new recovery codes", now)
                .<RegenerateResult>map(Locked::new)
                .orElseGet(WrongCode::new);
          }
          repositories
              .recoveryCodes()
              .replaceAll(user.id(), codes.stream().map(recoveryCodes::hash).toList());
          audit.record(
              repositories,
              now,
              AuditEvent.RECOVERY_CODES_REGENERATED,
              user.email(),
              user.id(),
              "");
          return new RegenerateResult.Regenerated(codes);
        });
  }

  // ---- password ---------------------------------------------------------------------------

  /** The rules a new password for this email breaks; empty when it is acceptable. */
  public List<PasswordProblem> checkPassword(String password, String email) {
    return policy.check(password, email);
  }

  /** Changes one's own password; takes the current one. */
  public PasswordChangeResult changePassword(
      Session session, String currentPassword, String newPassword) {
    Instant now = clock.instant();
    User user = store.read(repositories -> activeUser(repositories, session));
    Optional<Instant> locked = lockedUntil(user.email(), now);
    if (locked.isPresent()) {
      return new Locked(locked.get());
    }
    List<PasswordProblem> problems = policy.check(newPassword, user.email());
    if (!problems.isEmpty()) {
      return new WeakPassword(problems);
    }
    if (!hasher.matches(currentPassword, Optional.of(user.passwordHash()))) {
      return store
          .write(
              repositories ->
                  recordFailure(
                      repositories,
                      user.email(),
                      true,
                      OptionalLong.of(user.id()),
                      AuditEvent.SIGN_IN_FAILED,
                      "wrong password to change it",
                      now))
          .<PasswordChangeResult>map(Locked::new)
          .orElseGet(WrongPassword::new);
    }
    String hash = hasher.hash(newPassword);
    store.update(
        repositories -> {
          repositories.users().updatePassword(user.id(), hash, now);
          audit.record(
              repositories,
              now,
              AuditEvent.PASSWORD_CHANGED,
              user.email(),
              user.id(),
              "by the user");
        });
    return new PasswordChangeResult.Changed();
  }

  // ---- shared steps -----------------------------------------------------------------------

  private Lookup lookup(Repositories repositories, String email) {
    return new Lookup(
        repositories.users().findByEmail(email),
        repositories.throttle().find(email).orElse(ThrottleState.CLEAR));
  }

  private Optional<Instant> lockedUntil(String email, Instant now) {
    return store
        .read(repositories -> repositories.throttle().find(email))
        .filter(state -> state.lockedAt(now))
        .flatMap(ThrottleState::lockedUntil);
  }

  private Session startSession(Repositories repositories, User user, Instant now, String how) {
    Optional<Instant> previous =
        repositories.audit().lastSignInBefore(user.id(), now.plusMillis(1));
    repositories.throttle().clear(user.email());
    audit.record(repositories, now, AuditEvent.SIGN_IN_SUCCEEDED, user.email(), user.id(), how);
    Session session = new Session(user.id(), user.email(), user.role(), now, previous);
    sessions.add(session);
    return session;
  }

  /** Checks a TOTP code with replay protection, or consumes a recovery code. */
  private SecondFactor checkSecondFactor(
      Repositories repositories, User user, CodeInput input, Instant now, boolean allowRecovery) {
    if (input instanceof CodeInput.Totp totp) {
      Verification verification =
          verifier.verify(
              repositories.users().totpSecret(user.id()).orElseThrow(),
              totp.digits(),
              now,
              user.lastTotpStep());
      if (verification instanceof Verification.Accepted accepted) {
        repositories.users().updateLastTotpStep(user.id(), accepted.step());
        audit.record(repositories, now, AuditEvent.TOTP_SUCCEEDED, user.email(), user.id(), "");
        return SecondFactor.TOTP;
      }
      return verification instanceof Verification.Replayed
          ? SecondFactor.REPLAYED
          : SecondFactor.WRONG;
    }
    if (allowRecovery && input instanceof CodeInput.Recovery recovery) {
      for (StoredRecoveryCode stored : repositories.recoveryCodes().unused(user.id())) {
        if (RecoveryCodes.matches(recovery.normalized(), stored.code())
            && repositories.recoveryCodes().markUsed(stored.id(), now)) {
          audit.record(
              repositories,
              now,
              AuditEvent.RECOVERY_CODE_USED,
              user.email(),
              user.id(),
              repositories.recoveryCodes().countUnused(user.id()) + " left");
          return SecondFactor.RECOVERY_CODE;
        }
      }
    }
    return SecondFactor.WRONG;
  }

  private Optional<Instant> recordCodeFailure(
      Repositories repositories, User user, CodeInput input, String context, Instant now) {
    String detail = (input instanceof CodeInput.Recovery ? "recovery code, " : "") + context;
    return recordFailure(
        repositories,
        user.email(),
        true,
        OptionalLong.of(user.id()),
        AuditEvent.TOTP_FAILED,
        detail,
        now);
  }

  /**
   * Counts a failed attempt against an email and audits it.
   *
   * @param throttled false for input that cannot be an email: no account can have it, so it is not
   *     worth a row
   * @return when the lock that this failure started ends, if it started one
   */
  private Optional<Instant> recordFailure(
      Repositories repositories,
      String email,
      boolean throttled,
      OptionalLong userId,
      AuditEvent event,
      String detail,
      Instant now) {
    audit.record(repositories, now, event, email, userId, detail);
    if (!throttled) {
      return Optional.empty();
    }
    ThrottleState before = repositories.throttle().find(email).orElse(ThrottleState.CLEAR);
    ThrottleState after = settings.throttle().afterFailure(before, now);
    repositories.throttle().save(email, after);
    if (after.locks() > before.locks()) {
      Instant until = after.lockedUntil().orElseThrow();
      audit.record(repositories, now, AuditEvent.ACCOUNT_LOCKED, email, userId, "until " + until);
      LOG.log(
          System.Logger.Level.WARNING,
          "Locked {0} until {1} after repeated failures",
          Emails.forAudit(email),
          until);
      return Optional.of(until);
    }
    return Optional.empty();
  }

  private void upgradeHashIfWeak(User user, String password) {
    if (hasher.needsRehash(user.passwordHash())) {
      String hash = hasher.hash(password);
      store.update(
          repositories ->
              repositories.users().updatePassword(user.id(), hash, user.passwordChangedAt()));
    }
  }

  private User activeUser(Repositories repositories, Session session) {
    if (!sessions.contains(session)) {
      throw new AccountException(AccountException.Reason.SESSION_ENDED);
    }
    return repositories
        .users()
        .findById(session.userId())
        .filter(user -> !user.disabled())
        .orElseThrow(() -> new AccountException(AccountException.Reason.SESSION_ENDED));
  }

  private boolean isExpired(PendingSignIn signIn, Instant now) {
    return now.isAfter(signIn.issuedAt().plus(PENDING_LIFETIME));
  }

  private void forgetExpiredPendingSignIns(Instant now) {
    pending.removeIf(signIn -> isExpired(signIn, now));
  }

  /** A user and the throttle state of their email, read together. */
  private record Lookup(Optional<User> user, ThrottleState throttle) {
    OptionalLong userId() {
      return user.map(u -> OptionalLong.of(u.id())).orElseGet(OptionalLong::empty);
    }
  }

  /** Which second factor passed, or why none did. */
  private enum SecondFactor {
    TOTP,
    RECOVERY_CODE,
    REPLAYED,
    WRONG
  }
}
