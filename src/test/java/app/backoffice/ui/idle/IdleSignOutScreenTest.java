package app.backoffice.ui.idle;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.ui.Door;
import app.backoffice.ui.UiFixture;
import app.backoffice.ui.UiSettings;
import app.backoffice.ui.WindowTestBase;
import java.time.Duration;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Idle sign-out as a person meets it: the window left alone for the idle time shows a countdown,
 * any key keeps the session, and a countdown that runs out signs out and clears every field. The
 * fixture's clock is moved instead of waiting.
 */
class IdleSignOutScreenTest extends WindowTestBase {

  private static final Duration IDLE = Duration.ofMinutes(15);

  @Override
  protected void addAccounts(UiFixture fixture) {
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
  }

  /** A workstation's defaults: idle sign-out after 15 minutes. */
  @Override
  protected UiSettings settings() {
    return UiSettings.DEFAULT;
  }

  /** Moves the clock on and lets the watch look, as its once-a-second tick does. */
  private void idleFor(FxRobot robot, Duration duration) {
    robot.interact(
        () -> {
          fixture.advance(duration);
          navigator.idleWatch().tick();
        });
  }

  @Test
  void aSessionLeftAloneShowsACountdownThenSignsOutAndClearsEverything(FxRobot robot) {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);

    idleFor(robot, IDLE);

    assertThat(door.isShown("#idleOverlay")).isTrue();
    assertThat(door.text("#messageLabel")).isEqualTo("You will be signed out in 30 seconds.");
    assertThat(door.text("#reasonLabel"))
        .isEqualTo("For your security, Back Office signs out after 15 minutes without activity.");
    assertThat(door.isFocused("#stayButton")).isTrue();

    idleFor(robot, Duration.ofSeconds(29));
    assertThat(door.text("#messageLabel")).isEqualTo("You will be signed out in 1 second.");

    idleFor(robot, Duration.ofSeconds(1));

    assertThat(door.isShown("#idleOverlay")).isFalse();
    assertThat(door.text("#noticeLabel"))
        .isEqualTo("You were signed out after 15 minutes without activity.");
    assertThat(door.field("#emailField").getText()).isEmpty();
    assertThat(door.field("#passwordField").getText()).isEmpty();
    assertThat(navigator.session()).isEmpty();
    assertThat(robot.lookup("#profileButton").tryQuery()).isEmpty();
    assertThat(fixture.signOutReasons(UiFixture.EMAIL)).containsExactly("idle timeout");
  }

  @Test
  void anyKeyDuringTheCountdownKeepsTheSessionWhereItWas(FxRobot robot) {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);
    robot.interact(() -> robot.lookup("#profileButton").query().requestFocus());
    idleFor(robot, IDLE.plusSeconds(20));
    assertThat(door.text("#messageLabel")).contains("in 10 seconds");

    robot.type(KeyCode.SHIFT);

    assertThat(door.isShown("#idleOverlay")).isFalse();
    assertThat(navigator.session()).isPresent();
    assertThat(door.isFocused("#profileButton")).isTrue();
    idleFor(robot, IDLE.minusSeconds(1));
    assertThat(door.isShown("#idleOverlay")).isFalse();
    assertThat(navigator.session()).isPresent();
  }

  @Test
  void enterOnTheCountdownStaysWithoutSubmittingTheFormBelow(FxRobot robot) {
    robot.clickOn("#emailField").write(UiFixture.EMAIL);
    idleFor(robot, IDLE);
    assertThat(door.text("#messageLabel")).isEqualTo("The sign-in will be cleared in 30 seconds.");
    assertThat(door.text("#stayButton")).isEqualTo("_I am still here");

    robot.type(KeyCode.ENTER);

    assertThat(door.isShown("#idleOverlay")).isFalse();
    assertThat(door.field("#emailField").getText()).isEqualTo(UiFixture.EMAIL);
    assertThat(door.text("#errorLabel")).isEmpty();
  }

  @Test
  void aHalfTypedSignInIsClearedButAnEmptyOneIsLeftAlone(FxRobot robot) {
    idleFor(robot, Duration.ofHours(2));
    assertThat(door.isShown("#idleOverlay")).isFalse();

    robot.clickOn("#emailField").write(UiFixture.EMAIL);
    robot.clickOn("#passwordField").write(UiFixture.PASSWORD);
    idleFor(robot, IDLE);
    idleFor(robot, IdleWatch.WARNING);

    assertThat(door.field("#emailField").getText()).isEmpty();
    assertThat(door.field("#passwordField").getText()).isEmpty();
    assertThat(door.text("#noticeLabel"))
        .isEqualTo("The sign-in was cleared after 15 minutes without activity.");
  }

  @Test
  void typingInTheEnable2faPopupCountsAsActivity(FxRobot robot) {
    door.signIn(UiFixture.EMAIL);
    robot.type(KeyCode.ENTER);
    Door.waitUntil(() -> robot.lookup("#okButton").query().getScene().getWindow().isFocused());
    idleFor(robot, IDLE.minusMinutes(1));

    robot.type(KeyCode.SHIFT);
    idleFor(robot, Duration.ofMinutes(2));

    assertThat(door.isShown("#idleOverlay")).isFalse();
    assertThat(navigator.session()).isPresent();
  }
}
