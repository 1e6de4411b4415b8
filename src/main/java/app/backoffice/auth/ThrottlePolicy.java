package app.backoffice.auth;

import app.backoffice.store.ThrottleState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How failed attempts lock an email: after {@code maxFailures} consecutive failures of password or
 * code, a lock of {@code firstLock}; each further lock in a row lasts twice as long, up to {@code
 * maxLock}. A success clears everything.
 */
public record ThrottlePolicy(int maxFailures, Duration firstLock, Duration maxLock) {

  public static final ThrottlePolicy DEFAULT =
      new ThrottlePolicy(5, Duration.ofMinutes(5), Duration.ofHours(1));

  public ThrottlePolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    if (firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
      throw new IllegalArgumentException("locks must be positive, and maxLock at least firstLock");
    }
  }

  /** The state after one more failure at {@code now}. */
  public ThrottleState afterFailure(ThrottleState state, Instant now) {
    return lockIfSpent(counted(state), now);
  }

  /**
   * The state once an attempt is under way: counted as a failure in advance, so that attempts
   * running at the same time share one budget. An attempt beyond the budget locks at once.
   */
  public ThrottleState reserve(ThrottleState state, Instant now) {
    ThrottleState counted = counted(state);
    return counted.failures() > maxFailures ? lockIfSpent(counted, now) : counted;
  }

  /** The state after a reserved attempt failed: locked when the budget is spent. */
  public ThrottleState afterReservedFailure(ThrottleState state, Instant now) {
    return lockIfSpent(state, now);
  }

  private static ThrottleState counted(ThrottleState state) {
    return new ThrottleState(state.failures() + 1, state.locks(), state.lockedUntil());
  }

  private ThrottleState lockIfSpent(ThrottleState state, Instant now) {
    if (state.failures() < maxFailures) {
      return state;
    }
    int locks = state.locks() + 1;
    return new ThrottleState(0, locks, Optional.of(now.plus(lockDuration(locks))));
  }

  /** How long the n-th lock in a row lasts (n counts from 1). */
  public Duration lockDuration(int lock) {
    Duration duration = firstLock;
    for (int i = 1; i < lock && duration.compareTo(maxLock) < 0; i++) {
      duration = duration.multipliedBy(2);
    }
    return duration.compareTo(maxLock) > 0 ? maxLock : duration;
  }
}
