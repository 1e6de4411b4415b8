package app.backoffice.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Consecutive failures since the last success or lock, how many locks have followed each other, and
 * when the current lock ends.
 */
public record ThrottleState(int failures, int locks, Optional<Instant> lockedUntil) {

  public static final ThrottleState CLEAR = new ThrottleState(0, 0, Optional.empty());

  public boolean lockedAt(Instant now) {
    return lockedUntil.filter(now::isBefore).isPresent();
  }
}
