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
   * Counts an attempt against an email before its password is checked, so that attempts running at
   * the same time cannot check more passwords than the budget allows.
   *
   * @return when the lock on the email ends, if it is locked (by this reservation or before)
   */
  Optional<Instant> reserve(
      Repositories repositories, String email, OptionalLong userId, Instant now) {
    ThrottleState before = repositories.throttle().find(email).orElse(ThrottleState.CLEAR);
    if (before.lockedAt(now)) {
      audit.record(
          repositories, now, AuditEvent.SIGN_IN_FAILED, email, userId, "refused while locked");
      return before.lockedUntil();
    }
    ThrottleState after = policy.reserve(before, now);
    repositories.throttle().save(email, after);
    if (after.locks() > before.locks()) {
      audit.record(repositories, now, AuditEvent.SIGN_IN_FAILED, email, userId, "too many at once");
      return Optional.of(locked(repositories, email, userId, after, now));
    }
    return Optional.empty();
  }

  /** Gives back a reservation whose password was right but that did not sign in yet. */
  void release(Repositories repositories, String email, Instant now) {
    repositories
        .throttle()
        .find(email)
        .filter(state -> !state.lockedAt(now) && state.failures() > 0)
        .map(state -> new ThrottleState(state.failures() - 1, state.locks(), state.lockedUntil()))
        .ifPresent(
            state -> {
              if (state.isClear()) {
                repositories.throttle().clear(email);
              } else {
                repositories.throttle().save(email, state);
              }
            });
  }

  /**
   * Audits a reserved attempt whose password was wrong; it was counted already.
   *
   * @return when the lock on the email ends, if this failure spent the budget or another locked it
   */
  Optional<Instant> failReserved(
      Repositories repositories, String email, OptionalLong userId, String detail, Instant now) {
    audit.record(repositories, now, AuditEvent.SIGN_IN_FAILED, email, userId, detail);
    ThrottleState before = repositories.throttle().find(email).orElse(ThrottleState.CLEAR);
    if (before.lockedAt(now)) {
      return before.lockedUntil();
    }
    ThrottleState after = policy.afterReservedFailure(before, now);
    if (after.equals(before)) {
      return Optional.empty();
    }
    repositories.throttle().save(email, after);
    return Optional.of(locked(repositories, email, userId, after, now));
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
    return Optional.of(locked(repositories, email, userId, after, now));
  }

  private Instant locked(
      Repositories repositories,
      String email,
      OptionalLong userId,
      ThrottleState state,
      Instant now) {
    Instant until = state.lockedUntil().orElseThrow();
    audit.record(repositories, now, AuditEvent.ACCOUNT_LOCKED, email, userId, "until " + until);
    LOG.log(
        System.Logger.Level.WARNING,
        "Locked {0} until {1} after repeated failures",
        Emails.forAudit(email),
        until);
    return until;
  }

  /** A wrong password of a known user, for an operation named in the detail. */
  Optional<Instant> wrongPassword(
      Repositories repositories, String email, long userId, String detail, Instant now) {
    return fail(
        repositories, email, true, OptionalLong.of(userId), AuditEvent.SIGN_IN_FAILED, detail, now);
  }
}
