package app.backoffice.ui.idle;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.auth.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdleWatchTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T09:00:00Z"));
  private boolean guarding = true;
  private int expiries;

  private final IdleWatch watch = watchWith(Duration.ofMinutes(2));

  /** A watch over this test's clock, guarding while {@link #guarding} says so. */
  private IdleWatch watchWith(Duration timeout) {
    return new IdleWatch(
        clock,
        timeout,
        new IdleWatch.Guard() {
          @Override
          public boolean worthGuarding() {
            return guarding;
          }

          @Override
          public void expired() {
            expiries++;
          }
        });
  }

  private void after(Duration duration) {
    clock.advance(duration);
    watch.tick();
  }

  @Test
  void nothingHappensBeforeTheIdleTime() {
    after(Duration.ofSeconds(119));

    assertThat(watch.secondsLeft().get()).isEqualTo(IdleWatch.NOT_COUNTING);
    assertThat(expiries).isZero();
  }

  @Test
  void theCountdownRunsThirtySecondsThenEndsTheSessionOnce() {
    after(Duration.ofMinutes(2));
    assertThat(watch.secondsLeft().get()).isEqualTo(30);

    after(Duration.ofSeconds(1));
    assertThat(watch.secondsLeft().get()).isEqualTo(29);

    after(Duration.ofMillis(28_500));
    assertThat(watch.secondsLeft().get()).isEqualTo(1);
    assertThat(expiries).isZero();

    after(Duration.ofMillis(500));
    assertThat(expiries).isEqualTo(1);
    assertThat(watch.secondsLeft().get()).isEqualTo(IdleWatch.NOT_COUNTING);

    after(Duration.ofSeconds(5));
    assertThat(expiries).isEqualTo(1);
  }

  @Test
  void activityDuringTheCountdownStopsItAndStartsTheIdleTimeAgain() {
    after(Duration.ofMinutes(2).plusSeconds(10));
    assertThat(watch.secondsLeft().get()).isEqualTo(20);

    watch.activity();
    assertThat(watch.secondsLeft().get()).isEqualTo(IdleWatch.NOT_COUNTING);

    after(Duration.ofSeconds(119));
    assertThat(watch.secondsLeft().get()).isEqualTo(IdleWatch.NOT_COUNTING);
    assertThat(expiries).isZero();
  }

  @Test
  void aWindowWithNothingToProtectShowsNoCountdown() {
    guarding = false;
    after(Duration.ofHours(1));

    assertThat(watch.secondsLeft().get()).isEqualTo(IdleWatch.NOT_COUNTING);
    assertThat(expiries).isZero();
  }

  @Test
  void aMachineAsleepPastTheCountdownEndsTheSessionAtItsFirstTick() {
    after(Duration.ofHours(3));

    assertThat(expiries).isEqualTo(1);
  }

  @Test
  void aClockSetBackCannotStretchTheSession() {
    after(Duration.ofMinutes(1));
    clock.advance(Duration.ofHours(-1));
    watch.tick();

    after(Duration.ofMinutes(2));
    assertThat(watch.secondsLeft().get()).isEqualTo(30);
    after(Duration.ofSeconds(30));
    assertThat(expiries).isEqualTo(1);
  }

  @Test
  void zeroTurnsIdleSignOutOff() {
    IdleWatch off = watchWith(Duration.ZERO);
    clock.advance(Duration.ofDays(2));
    off.tick();

    assertThat(expiries).isZero();
    assertThat(off.secondsLeft().get()).isEqualTo(IdleWatch.NOT_COUNTING);
  }
}
