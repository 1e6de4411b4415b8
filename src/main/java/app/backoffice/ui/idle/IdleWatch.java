package app.backoffice.ui.idle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;

/**
 * Ends what someone left behind: once the windows it watches have had no key, click, touch or mouse
 * movement for the idle timeout, and there is something to protect, a countdown of {@link #WARNING}
 * starts; any activity stops it, and when it runs out the guard ends the session.
 *
 * <p>Time comes from the injected clock, read once a second, so tests move a fixed clock instead of
 * waiting. A clock set back counts as activity: it cannot stretch a session by the hour it went
 * back.
 */
public final class IdleWatch {

  /** How long the countdown gives the user to show they are still there. */
  public static final Duration WARNING = Duration.ofSeconds(30);

  /** What the watch protects; asked and told on the FX thread. */
  public interface Guard {

    /** Whether anything would be lost to a passer-by: a session, a code step, typed text. */
    boolean worthGuarding();

    /** The countdown ran out: end the session and clear every field. */
    void expired();
  }

  private static final List<EventType<? extends InputEvent>> ACTIVITY =
      List.of(
          KeyEvent.KEY_PRESSED,
          MouseEvent.MOUSE_PRESSED,
          MouseEvent.MOUSE_MOVED,
          MouseEvent.MOUSE_DRAGGED,
          ScrollEvent.SCROLL,
          TouchEvent.TOUCH_PRESSED);

  private final Clock clock;
  private final Duration timeout;
  private final Guard guard;
  private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(NOT_COUNTING);
  private final EventHandler<InputEvent> onActivity = event -> activity();
  private Instant lastActivity;
  private Timeline ticker;

  /** The value of {@link #secondsLeft()} while no countdown runs. */
  public static final int NOT_COUNTING = -1;

  /**
   * @param timeout how long without activity before the countdown starts; zero turns the watch off
   */
  public IdleWatch(Clock clock, Duration timeout, Guard guard) {
    this.clock = clock;
    this.timeout = timeout;
    this.guard = guard;
    this.lastActivity = clock.instant();
  }

  /** Counts input in this window's scene as activity. */
  public void watch(Scene scene) {
    for (EventType<? extends InputEvent> type : ACTIVITY) {
      scene.addEventFilter(type, onActivity);
    }
  }

  /** Checks once a second from now on; does nothing when idle sign-out is off. */
  public void start() {
    if (timeout.isZero() || ticker != null) {
      return;
    }
    ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), event -> tick()));
    ticker.setCycleCount(Animation.INDEFINITE);
    ticker.play();
  }

  public void stop() {
    if (ticker != null) {
      ticker.stop();
      ticker = null;
    }
  }

  /** Someone is there: restart the idle time and stop any countdown. */
  public void activity() {
    lastActivity = clock.instant();
    secondsLeft.set(NOT_COUNTING);
  }

  /** Seconds until the session ends, or {@link #NOT_COUNTING}. */
  public ReadOnlyIntegerProperty secondsLeft() {
    return secondsLeft.getReadOnlyProperty();
  }

  /** Compares the clock with the last activity; the ticker calls it every second. */
  public void tick() {
    if (timeout.isZero()) {
      return;
    }
    Instant now = clock.instant();
    if (now.isBefore(lastActivity)) {
      lastActivity = now;
    }
    Duration idle = Duration.between(lastActivity, now);
    if (idle.compareTo(timeout) < 0 || !guard.worthGuarding()) {
      secondsLeft.set(NOT_COUNTING);
      return;
    }
    Duration left = timeout.plus(WARNING).minus(idle);
    if (left.isNegative() || left.isZero()) {
      secondsLeft.set(NOT_COUNTING);
      lastActivity = now;
      guard.expired();
      return;
    }
    secondsLeft.set((int) Math.ceil(left.toMillis() / 1000.0));
  }
}
