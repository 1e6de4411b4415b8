package app.backoffice.auth;

import app.backoffice.auth.Outcomes.CodeRefusal;
import app.backoffice.auth.Outcomes.InvalidCode;
import app.backoffice.auth.Outcomes.Locked;
import app.backoffice.auth.SecondFactorCheck.Result;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.NewUser;
import app.backoffice.store.Repositories;
import app.backoffice.store.Role;
import app.backoffice.store.Store;
import app.backoffice.store.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signing in and out, with a password and, when 2FA is on, a code; and creating the first
 * administrator. What signed-in users do to their own account is in {@link #accounts()}.
 *
 * <p>Every method may block on bcrypt and the store: call it off the user interface's thread.
 */
public final class AuthService {

  /** How long a sign-in may wait for its code. */
  public static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);

  /** What the audit log records for a sign-in whose email field held no email address. */
  public static final String NOT_AN_EMAIL = "(not an email address)";

  private static final String WRONG_PASSWORD = "wrong email or password";

  private static final System.Logger LOG = System.getLogger(AuthService.class.getName());

  private final Store store;
  private final PasswordHasher hasher;
  private final AuthSettings settings;
  private final Clock clock;
  private final AuditTrail audit;
  private final Attempts attempts;
  private final Sessions sessions;
  private final SecondFactorCheck secondFactor;
  private final AccountService accounts;
  private final PasswordPolicy policy = new PasswordPolicy();
  private final Set<PendingSignIn> pending = ConcurrentHashMap.newKeySet();

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
    this.attempts = new Attempts(settings.throttle(), audit);
    this.sessions = new Sessions(audit);
    this.secondFactor = new SecondFactorCheck(audit, attempts);
    this.accounts =
        new AccountService(
            store,
            hasher,
            settings,
            clock,
            context.random(),
            audit,
            attempts,
            sessions,
            secondFactor);
  }

  public AuthSettings settings() {
    return settings;
  }

  /** What signed-in users do to their own account, with the sessions this service makes. */
  public AccountService accounts() {
    return accounts;
  }

  // ---- first run --------------------------------------------------------------------------

  /** Whether the store has no users yet, so the first administrator must be created. */
  public boolean needsFirstAdministrator() {
    return store.read(repositories -> repositories.users().count() == 0);
  }

  /**
   * Creates the first administrator of an empty store.
   *
   * @throws AccountException with {@code ALREADY_SET_UP} when a user exists, {@code WEAK_PASSWORD}
   *     or a reason the email is refused for ({@code INVALID_EMAIL}, {@code
   *     EMAIL_HAS_INVISIBLE_CHARACTER}, {@code EMAIL_MIXES_SCRIPTS})
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
    Lookup lookup =
        plausible
            ? store.write(repositories -> reserve(repositories, normalized, now))
            : new Lookup(Optional.empty(), Optional.empty());
    if (lookup.locked().isPresent()) {
      return new Locked(lookup.locked().get());
    }

    Optional<User> user = lookup.user();
    if (!hasher.matches(password, user.map(User::passwordHash))) {
      return store
          .write(
              repositories ->
                  plausible
                      ? attempts.failReserved(
                          repositories, normalized, lookup.userId(), WRONG_PASSWORD, now)
                      // Whatever is not shaped like an email may be a password typed into the
                      // wrong field: it stays out of the audit log, and no account has it.
                      : attempts.fail(
                          repositories,
                          NOT_AN_EMAIL,
                          false,
                          OptionalLong.empty(),
                          AuditEvent.SIGN_IN_FAILED,
                          WRONG_PASSWORD,
                          now))
          .<SignInResult>map(Locked::new)
          .orElseGet(SignInResult.Rejected::new);
    }

    User found = user.orElseThrow();
    if (found.disabled()) {
      store.update(
          repositories -> {
            attempts.release(repositories, found.email(), now);
            audit.record(
                repositories,
                now,
                AuditEvent.SIGN_IN_FAILED,
                found.email(),
                found.id(),
                "account disabled");
          });
      return new SignInResult.Disabled();
    }
    upgradeHashIfWeak(found, password);
    if (found.twoFactorEnabled()) {
      // The code step counts its own failures; the password was no failure.
      store.update(repositories -> attempts.release(repositories, found.email(), now));
      PendingSignIn next = new PendingSignIn(found.id(), found.email(), now);
      pending.add(next);
      return new SignInResult.CodeRequired(next);
    }
    return store.write(
        repositories -> {
          // Attempts that ran at the same time may have locked the email since the reservation:
          // a right password among them must not slip through, nor clear the lock.
          Optional<Instant> locked = attempts.lockedUntil(repositories, found.email(), now);
          if (locked.isPresent()) {
            return new Locked(locked.get());
          }
          return new SignInResult.SignedIn(sessions.start(repositories, found, now, "password"));
        });
  }

  /** Reads the user and counts the attempt in advance, in one transaction. */
  private Lookup reserve(Repositories repositories, String email, Instant now) {
    Optional<User> user = repositories.users().findByEmail(email);
    OptionalLong userId =
        user.map(found -> OptionalLong.of(found.id())).orElseGet(OptionalLong::empty);
    return new Lookup(user, attempts.reserve(repositories, email, userId, now));
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
    Optional<Instant> locked = attempts.lockedUntil(repositories, signIn.email(), now);
    if (locked.isPresent()) {
      return new Locked(locked.get());
    }
    Optional<User> user = repositories.users().findById(signIn.userId());
    if (user.isEmpty() || user.get().disabled() || !user.get().twoFactorEnabled()) {
      return new CodeResult.Expired();
    }
    User found = user.get();
    Result factor = secondFactor.check(repositories, found, input, now, true);
    Optional<CodeRefusal> refused =
        secondFactor.refusal(repositories, found, input, factor, "sign-in", now);
    if (refused.isPresent()) {
      return refused.get();
    }
    boolean recovery = factor == Result.RECOVERY_CODE;
    Session session = sessions.start(repositories, found, now, recovery ? "recovery code" : "totp");
    return new CodeResult.SignedIn(
        session, recovery, repositories.recoveryCodes().countUnused(found.id()));
  }

  /** Ends a session; the screen forgets it. */
  public void signOut(Session session) {
    signOut(session, SignOutReason.USER);
  }

  /**
   * Ends the session for {@code reason}, which the audit record keeps; ending it twice is a no-op.
   */
  public void signOut(Session session, SignOutReason reason) {
    if (!sessions.end(session)) {
      return;
    }
    Instant now = clock.instant();
    store.update(
        repositories ->
            audit.record(
                repositories,
                now,
                AuditEvent.SIGNED_OUT,
                session.email(),
                session.userId(),
                reason.detail()));
  }

  // ---- shared steps -----------------------------------------------------------------------

  private void upgradeHashIfWeak(User user, String password) {
    if (hasher.needsRehash(user.passwordHash())) {
      String hash = hasher.hash(password);
      // Only over the hash that was checked: an administrator may have set a new password
      // meanwhile, and that one must win.
      store.update(
          repositories ->
              repositories
                  .users()
                  .replacePassword(user.id(), user.passwordHash(), hash, user.passwordChangedAt()));
    }
  }

  private boolean isExpired(PendingSignIn signIn, Instant now) {
    return now.isAfter(signIn.issuedAt().plus(PENDING_LIFETIME));
  }

  private void forgetExpiredPendingSignIns(Instant now) {
    pending.removeIf(signIn -> isExpired(signIn, now));
  }

  /** A user, and the lock on their email if the reservation found or made one. */
  private record Lookup(Optional<User> user, Optional<Instant> locked) {
    OptionalLong userId() {
      return user.map(found -> OptionalLong.of(found.id())).orElseGet(OptionalLong::empty);
    }
  }
}
