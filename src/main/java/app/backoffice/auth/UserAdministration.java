package app.backoffice.auth;

import app.backoffice.store.AuditEntry;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.AuditQuery;
import app.backoffice.store.DuplicateEmailException;
import app.backoffice.store.LookAlikeEmailException;
import app.backoffice.store.NewUser;
import app.backoffice.store.Repositories;
import app.backoffice.store.Role;
import app.backoffice.store.Store;
import app.backoffice.store.User;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an administrator does to other accounts: add them, set passwords, reset 2FA, unlock, disable
 * and enable, and read the audit log. Used by the command line, whose caller owns the data
 * directory and so is trusted as an administrator.
 *
 * <p>Every change is audited. Methods refuse with an {@link AccountException} whose reason says
 * why.
 */
public final class UserAdministration {

  private final Store store;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final AuditTrail audit;
  private final PasswordPolicy policy = new PasswordPolicy();

  public UserAdministration(
      Store store, PasswordHasher hasher, Clock clock, ServiceContext context) {
    this.store = store;
    this.hasher = hasher;
    this.clock = clock;
    this.audit = new AuditTrail(context.source(), context.host());
  }

  /** The rules a password for this email breaks; empty when it is acceptable. */
  public List<PasswordProblem> checkPassword(String password, String email) {
    return policy.check(password, email);
  }

  /**
   * Checks, before a password is asked for, that a user with this email can be added.
   *
   * @throws AccountException with {@code EMAIL_TAKEN}, {@code EMAIL_LOOKS_TAKEN} or a reason the
   *     email is refused for
   */
  public void checkNewUser(String email) {
    String normalized = Emails.requireValid(email);
    store.read(
        repositories -> {
          if (repositories.users().findByEmail(normalized).isPresent()) {
            throw new AccountException(AccountException.Reason.EMAIL_TAKEN);
          }
          if (repositories.users().findLookAlike(normalized).isPresent()) {
            throw new AccountException(AccountException.Reason.EMAIL_LOOKS_TAKEN);
          }
          return null;
        });
  }

  /**
   * Checks, before a password is asked for, that this user exists.
   *
   * @throws AccountException with {@code USER_NOT_FOUND} or a reason the email is refused for
   */
  public void checkExisting(String email) {
    String normalized = Emails.requireValid(email);
    store.read(repositories -> existing(repositories, normalized));
  }

  /**
   * Adds a user.
   *
   * @throws AccountException with {@code EMAIL_TAKEN}, {@code EMAIL_LOOKS_TAKEN}, {@code
   *     WEAK_PASSWORD} or a reason the email is refused for
   */
  public UserSummary addUser(String email, String password, Role role) {
    String normalized = Emails.requireValid(email);
    policy.requireAcceptable(password, normalized);
    String hash = hasher.hash(password);
    Instant now = clock.instant();
    return store.write(
        repositories -> {
          User user;
          try {
            user = repositories.users().insert(new NewUser(normalized, hash, role, now));
          } catch (DuplicateEmailException e) {
            throw new AccountException(AccountException.Reason.EMAIL_TAKEN);
          } catch (LookAlikeEmailException e) {
            throw new AccountException(AccountException.Reason.EMAIL_LOOKS_TAKEN);
          }
          audit.record(
              repositories,
              now,
              AuditEvent.USER_CREATED,
              normalized,
              user.id(),
              "role " + role.code());
          return summary(repositories, user, now);
        });
  }

  /** Every user, ordered by email. */
  public List<UserSummary> listUsers() {
    Instant now = clock.instant();
    return store.read(
        repositories ->
            repositories.users().list().stream()
                .map(user -> summary(repositories, user, now))
                .toList());
  }

  /** Sets a user's password, for one who forgot theirs, and ends any lock. */
  public void setPassword(String email, String password) {
    String normalized = Emails.requireValid(email);
    policy.requireAcceptable(password, normalized);
    String hash = hasher.hash(password);
    Instant now = clock.instant();
    store.update(
        repositories -> {
          User user = existing(repositories, normalized);
          repositories.users().updatePassword(user.id(), hash, now);
          // A new password from an administrator is a fresh start: the lock goes with the old.
          repositories.throttle().clear(normalized);
          audit.record(
              repositories,
              now,
              AuditEvent.PASSWORD_CHANGED,
              normalized,
              user.id(),
              "set by an administrator");
        });
  }

  /** Switches a user's 2FA off and removes their recovery codes, for one who lost the device. */
  public void resetTwoFactor(String email) {
    String normalized = Emails.requireValid(email);
    Instant now = clock.instant();
    store.update(
        repositories -> {
          User user = existing(repositories, normalized);
          if (!user.twoFactorEnabled()) {
            throw new AccountException(AccountException.Reason.TWO_FACTOR_NOT_ENABLED);
          }
          switchOffTwoFactor(repositories, user, "by an administrator", now);
        });
  }

  /**
   * Switches 2FA off for every user who has it: the repair after the key file was lost, which needs
   * no key.
   *
   * @return the emails whose 2FA was switched off
   */
  public List<String> resetTwoFactorForEveryone() {
    Instant now = clock.instant();
    return store.write(
        repositories -> {
          List<User> enrolled =
              repositories.users().list().stream().filter(User::twoFactorEnabled).toList();
          for (User user : enrolled) {
            switchOffTwoFactor(repositories, user, "for everyone by an administrator", now);
          }
          return enrolled.stream().map(User::email).toList();
        });
  }

  private void switchOffTwoFactor(
      Repositories repositories, User user, String detail, Instant now) {
    repositories.users().disableTwoFactor(user.id());
    repositories.recoveryCodes().deleteAll(user.id());
    audit.record(repositories, now, AuditEvent.TWO_FACTOR_RESET, user.email(), user.id(), detail);
  }

  /**
   * Ends a lock and forgets the failures that led to it.
   *
   * @return false when the email was neither locked nor had failures, and nothing changed
   */
  public boolean unlock(String email) {
    String normalized = Emails.requireValid(email);
    Instant now = clock.instant();
    return store.write(
        repositories -> {
          User user = existing(repositories, normalized);
          if (repositories
              .throttle()
              .find(normalized)
              .filter(state -> !state.isClear())
              .isEmpty()) {
            return false;
          }
          repositories.throttle().clear(normalized);
          audit.record(
              repositories,
              now,
              AuditEvent.ACCOUNT_UNLOCKED,
              normalized,
              user.id(),
              "by an administrator");
          return true;
        });
  }

  /**
   * Disables a user, who can no longer sign in. The last enabled administrator stays.
   *
   * @return false when the user was disabled already, and nothing changed
   */
  public boolean disable(String email) {
    return setDisabled(email, true);
  }

  /**
   * Lets a disabled user sign in again.
   *
   * @return false when the user was enabled already, and nothing changed
   */
  public boolean enable(String email) {
    return setDisabled(email, false);
  }

  private boolean setDisabled(String email, boolean disabled) {
    String normalized = Emails.requireValid(email);
    Instant now = clock.instant();
    return store.write(
        repositories -> {
          User user = existing(repositories, normalized);
          if (user.disabled() == disabled) {
            return false;
          }
          if (disabled
              && user.role() == Role.ADMIN
              && !user.disabled()
              && enabledAdministrators(repositories) == 1) {
            throw new AccountException(AccountException.Reason.LAST_ADMINISTRATOR);
          }
          repositories.users().setDisabled(user.id(), disabled);
          audit.record(
              repositories,
              now,
              disabled ? AuditEvent.USER_DISABLED : AuditEvent.USER_ENABLED,
              normalized,
              user.id(),
              "by an administrator");
          return true;
        });
  }

  /** Audit records, newest first. */
  public List<AuditEntry> audit(Optional<String> email, Optional<Instant> since, int limit) {
    AuditQuery query = new AuditQuery(email.map(Emails::normalize), since, limit);
    return store.read(repositories -> repositories.audit().query(query));
  }

  private static long enabledAdministrators(Repositories repositories) {
    return repositories.users().list().stream()
        .filter(user -> user.role() == Role.ADMIN && !user.disabled())
        .count();
  }

  private static UserSummary summary(Repositories repositories, User user, Instant now) {
    boolean locked =
        repositories.throttle().find(user.email()).filter(state -> state.lockedAt(now)).isPresent();
    return new UserSummary(
        user.email(),
        user.role(),
        user.disabled(),
        user.twoFactorEnabled(),
        locked,
        user.createdAt());
  }

  private static User existing(Repositories repositories, String email) {
    return repositories
        .users()
        .findByEmail(email)
        .orElseThrow(() -> new AccountException(AccountException.Reason.USER_NOT_FOUND));
  }
}
