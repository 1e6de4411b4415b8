package app.backoffice.auth;

import app.backoffice.store.AuditEvent;
import app.backoffice.store.Repositories;
import app.backoffice.store.ThrottleState;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Failed attempts of password or code: counted against the email, audited, and locking it. */
final class Attempts {

  private static final System.Logger LOG = System.getLogger(Attempts.class.getName());

  private final ThrottlePolicy policy;
  private final AuditTrail audit;

  Attempts(ThrottlePolicy policy, AuditTrail audit) {
    this.policy = policy;
    this.audit = audit;
  }

  /** When the lock on this email ends, if it is locked now. */
  Optional<Instant> lockedUntil(Repositories repositories, String email, Instant now) {
    return repositories
        .throttle()
        .find(email)
        .filter(state -> state.lockedAt(now))
        .flatMap(ThrottleState::lockedUntil);
  }

  /**
   * Counts a failed attempt against an email and audits it.
   *
   * @param throttled false for input that cannot be an email: no account can have it, so it is not
   *     worth a row
   * @return when the lock that this failure started ends, if it started one
   */
  Optional<Instant> fail(
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
    ThrottleState after = policy.afterFailure(before, now);
    repositories.throttle().save(email, after);
    if (after.locks() == before.locks()) {
      return Optional.empty();
    }
    Instant until = after.lockedUntil().orElseThrow();
    audit.record(repositories, now, AuditEvent.ACCOUNT_LOCKED, email, userId, "until " + until);
    LOG.log(
        System.Logger.Level.WARNING,
        "Locked {0} until {1} after repeated failures",
        Emails.forAudit(email),
        until);
    return Optional.of(until);
  }

  /** A wrong password of a known user, for an operation named in the detail. */
  Optional<Instant> wrongPassword(
      Repositories repositories, String email, long userId, String detail, Instant now) {
    return fail(
        repositories, email, true, OptionalLong.of(userId), AuditEvent.SIGN_IN_FAILED, detail, now);
  }
}
