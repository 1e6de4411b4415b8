package app.backoffice.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.backoffice.store.ThrottleState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  private static final Instant NOW = Instant.parse("2025-03-03T09:00:10Z");

  private final ThrottlePolicy policy = ThrottlePolicy.DEFAULT;

  @Test
  void fourFailuresDoNotLock() {
    ThrottleState state = fail(ThrottleState.CLEAR, 4, NOW);

    assertThat(state.failures()).isEqualTo(4);
    assertThat(state.lockedAt(NOW)).isFalse();
  }

  @Test
  void fifthFailureLocksForFiveMinutes() {
    ThrottleState state = fail(ThrottleState.CLEAR, 5, NOW);

    assertThat(state)
        .isEqualTo(new ThrottleState(0, 1, Optional.of(NOW.plus(Duration.ofMinutes(5)))));
    assertThat(state.lockedAt(NOW.plus(Duration.ofMinutes(5)).minusMillis(1))).isTrue();
    assertThat(state.lockedAt(NOW.plus(Duration.ofMinutes(5)))).isFalse();
  }

  @Test
  void eachFurtherLockInARowLastsTwiceAsLongUpToAnHour() {
    ThrottleState state = ThrottleState.CLEAR;
    Instant now = NOW;
    long[] expectedMinutes = {5, 10, 20, 40, 60, 60, 60};

    for (long minutes : expectedMinutes) {
      state = fail(state, 5, now);
      assertThat(state.lockedUntil()).contains(now.plus(Duration.ofMinutes(minutes)));
      now = state.lockedUntil().orElseThrow();
    }
  }

  @Test
  void lockDurationStaysAtTheCapForAnyNumberOfLocks() {
    assertThat(policy.lockDuration(1)).isEqualTo(Duration.ofMinutes(5));
    assertThat(policy.lockDuration(4)).isEqualTo(Duration.ofMinutes(40));
    assertThat(policy.lockDuration(5)).isEqualTo(Duration.ofHours(1));
    assertThat(policy.lockDuration(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void reservingCountsTheAttemptBeforeItIsChecked() {
    ThrottleState reserved = policy.reserve(fail(ThrottleState.CLEAR, 3, NOW), NOW);

    assertThat(reserved).isEqualTo(new ThrottleState(4, 0, Optional.empty()));
  }

  @Test
  void theReservationThatSpendsTheBudgetDoesNotLockUntilItFails() {
    ThrottleState fifth = policy.reserve(fail(ThrottleState.CLEAR, 4, NOW), NOW);

    assertThat(fifth.failures()).isEqualTo(5);
    assertThat(fifth.lockedAt(NOW)).isFalse();
    assertThat(policy.afterReservedFailure(fifth, NOW))
        .isEqualTo(new ThrottleState(0, 1, Optional.of(NOW.plus(Duration.ofMinutes(5)))));
  }

  @Test
  void aReservationBeyondTheBudgetLocksAtOnce() {
    ThrottleState spent = new ThrottleState(5, 0, Optional.empty());

    ThrottleState sixth = policy.reserve(spent, NOW);

    assertThat(sixth.lockedAt(NOW)).isTrue();
    assertThat(sixth.locks()).isEqualTo(1);
  }

  @Test
  void aReservedFailureWithinTheBudgetChangesNothingMore() {
    ThrottleState reserved = policy.reserve(ThrottleState.CLEAR, NOW);

    assertThat(policy.afterReservedFailure(reserved, NOW)).isEqualTo(reserved);
  }

  @Test
  void refusesNonsensicalSettings() {
    Duration minute = Duration.ofMinutes(1);

    assertThatThrownBy(() -> new ThrottlePolicy(0, minute, minute))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThrottlePolicy(5, Duration.ZERO, minute))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThrottlePolicy(5, minute, Duration.ofSeconds(59)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private ThrottleState fail(ThrottleState state, int times, Instant at) {
    ThrottleState result = state;
    for (int i = 0; i < times; i++) {
      result = policy.afterFailure(result, at);
    }
    return result;
  }
}
