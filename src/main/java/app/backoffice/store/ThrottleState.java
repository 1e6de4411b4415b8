package app.backoffice.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Consecutive failures since the last success or lock, how many locks have followed each other, and
 * when the current lock ends.
 */
public record ThrottleState(int failures, int locks, Optional<Instant> lockedUntil) {

  public static final ThrottleState CLEAR = new ThrottleState(0, 0, Optional.empty());

  /** Whether nothing is counted against the email: no failures and no lock, past or present. */
  public boolean isClear() {
    return failures == 0 && locks == 0;
  }

  /**
   * Whether the email is locked at {@code now}. A lock ends at a fixed instant, so a clock set back
   * makes it last longer, never shorter; an administrator's unlock ends it at once.
   */
  public boolean lockedAt(Instant now) {
    return lockedUntil.filter(now::isBefore).isPresent();
  }
}
