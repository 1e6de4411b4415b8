package app.backoffice.auth;

import app.backoffice.auth.Outcomes.CodeRefusal;
import app.backoffice.auth.Outcomes.InvalidCode;
import app.backoffice.auth.Outcomes.Locked;
import app.backoffice.auth.Outcomes.WeakPassword;
import app.backoffice.auth.Outcomes.WrongCode;
import app.backoffice.auth.Outcomes.WrongPassword;
import app.backoffice.auth.SecondFactorCheck.Result;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.Repositories;
import app.backoffice.store.Store;
import app.backoffice.store.User;
import app.backoffice.totp.KeyUri;
import app.backoffice.totp.TotpSecrets;
import app.backoffice.totp.TotpVerifier;
import app.backoffice.totp.TotpVerifier.Verification;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What signed-in users do to their own account: enrol in 2FA, switch it off, change the password,
 * get new recovery codes. Obtained from {@link AuthService#accounts()}, which makes the sessions
 * these methods take.
 *
 * <p>Every method may block on bcrypt and the store: call it off the user interface's thread.
 */
public final class AccountService {

  private final Store store;
  private final PasswordHasher hasher;
  private final AuthSettings settings;
  private final Clock clock;
  private final AuditTrail audit;
  private final Attempts attempts;
  private final Sessions sessions;
  private final SecondFactorCheck secondFactor;
  private final PasswordPolicy policy = new PasswordPolicy();
  private final TotpVerifier verifier = new TotpVerifier();
  private final TotpSecrets secrets;
  private final RecoveryCodes recoveryCodes;

  AccountService(
      Store store,
      PasswordHasher hasher,
      AuthSettings settings,
      Clock clock,
      SecureRandom random,
      AuditTrail audit,
      Attempts attempts,
      Sessions sessions,
      SecondFactorCheck secondFactor) {
    this.store = store;
    this.hasher = hasher;
    this.settings = settings;
    this.clock = clock;
    this.audit = audit;
    this.attempts = attempts;
    this.sessions = sessions;
    this.secondFactor = secondFactor;
    this.secrets = new TotpSecrets(random);
    this.recoveryCodes = new RecoveryCodes(random);
  }

  /** The signed-in user's account as it is now. */
  public Account account(Session session) {
    return store.read(
        repositories -> {
          User user = sessions.require(repositories, session);
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
   * Cancelling is dropping the enrolment: nothing was written.
   *
   * @throws AccountException with {@code TWO_FACTOR_ALREADY_ENABLED}
   */
  public Enrolment beginEnrolment(Session session) {
    User user = store.read(repositories -> sessions.require(repositories, session));
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
          User user = sessions.require(repositories, session);
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
          storeRecoveryCodes(repositories, user, codes);
          audit.record(
              repositories, now, AuditEvent.TWO_FACTOR_ENABLED, user.email(), user.id(), "");
          return new EnrolmentResult.Enabled(codes);
        });
  }

  /** Switches 2FA off; takes the current password and a current code or a recovery code. */
  public DisableTwoFactorResult disableTwoFactor(Session session, String password, String code) {
    Instant now = clock.instant();
    CodeInput input = CodeInput.parse(code);
    User user = store.read(repositories -> enrolledUser(repositories, session));
    Optional<Instant> locked = lockedUntil(user, now);
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
          User current = enrolledUser(repositories, session);
          if (!passwordMatches) {
            return attempts
                .wrongPassword(
                    repositories,
                    current.email(),
                    current.id(),
                    "wrong password to disable 2FA",
                    now)
                .<DisableTwoFactorResult>map(Locked::new)
                .orElseGet(WrongPassword::new);
          }
          Result factor = secondFactor.check(repositories, current, input, now, true);
          Optional<CodeRefusal> refused =
              secondFactor.refusal(repositories, current, input, factor, "disable 2FA", now);
          if (refused.isPresent()) {
            return refused.get();
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
          User user = enrolledUser(repositories, session);
          Optional<Instant> locked = attempts.lockedUntil(repositories, user.email(), now);
          if (locked.isPresent()) {
            return new Locked(locked.get());
          }
          Result factor = secondFactor.check(repositories, user, input, now, false);
          Optional<CodeRefusal> refused =
              secondFactor.refusal(repositories, user, input, factor, "new recovery codes", now);
          if (refused.isPresent()) {
            return refused.get();
          }
          storeRecoveryCodes(repositories, user, codes);
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
    User user = store.read(repositories -> sessions.require(repositories, session));
    Optional<Instant> locked = lockedUntil(user, now);
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
                  attempts.wrongPassword(
                      repositories, user.email(), user.id(), "wrong password to change it", now))
          .<PasswordChangeResult>map(Locked::new)
          .orElseGet(WrongPassword::new);
    }
    String hash = hasher.hash(newPassword);
    return store.write(
        repositories -> {
          // The current password was checked against this hash; if it has changed since, the
          // password typed is no longer the current one.
          if (!repositories.users().replacePassword(user.id(), user.passwordHash(), hash, now)) {
            audit.record(
                repositories,
                now,
                AuditEvent.SIGN_IN_FAILED,
                user.email(),
                user.id(),
                "password changed meanwhile; kept");
            return new WrongPassword();
          }
          audit.record(
              repositories,
              now,
              AuditEvent.PASSWORD_CHANGED,
              user.email(),
              user.id(),
              "by the user");
          return new PasswordChangeResult.Changed();
        });
  }

  // ---- shared steps -----------------------------------------------------------------------

  private User enrolledUser(Repositories repositories, Session session) {
    User user = sessions.require(repositories, session);
    if (!user.twoFactorEnabled()) {
      throw new AccountException(AccountException.Reason.TWO_FACTOR_NOT_ENABLED);
    }
    return user;
  }

  private Optional<Instant> lockedUntil(User user, Instant now) {
    return store.read(repositories -> attempts.lockedUntil(repositories, user.email(), now));
  }

  private void storeRecoveryCodes(Repositories repositories, User user, List<String> codes) {
    repositories
        .recoveryCodes()
        .replaceAll(user.id(), codes.stream().map(recoveryCodes::hash).toList());
  }
}
