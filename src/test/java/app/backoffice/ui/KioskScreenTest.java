package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import java.time.Duration;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A kiosk as its users meet it: full screen, closing signs out, only an administrator quits. */
class KioskScreenTest extends WindowTestBase {

  @Override
  protected void addAccounts(UiFixture fixture) {
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
    fixture.addUser(UiFixture.ADMIN, Role.ADMIN);
  }

  @Override
  protected UiSettings settings() {
    return UiSettings.DEFAULT.withKiosk(true).withIdleTimeout(Duration.ofMinutes(2));
  }

  /** Full screen and a close handler stay with the window: it must not be the shared one. */
  @Override
  protected boolean ownWindow() {
    return true;
  }

  private void requestClose(FxRobot robot) {
    robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
  }

  @Test
  void theWindowIsFullScreenAndEscapeDoesNotLeaveIt(FxRobot robot) {
    assertThat(stage.isFullScreen()).isTrue();
    assertThat(stage.getFullScreenExitKeyCombination().match(null)).isFalse();
    robot.type(KeyCode.ESCAPE);
    assertThat(stage.isFullScreen()).isTrue();
  }

  @Test
  void closingTheWindowSignsOutAndLeavesItOpenForTheNextPerson(FxRobot robot) {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);

    requestClose(robot);

    assertThat(stage.isShowing()).isTrue();
    assertThat(navigator.session()).isEmpty();
    assertThat(door.text("#noticeLabel"))
        .isEqualTo("You have signed out. This kiosk stays open for the next person.");
    assertThat(door.field("#emailField").getText()).isEmpty();
    assertThat(fixture.signOutReasons(UiFixture.EMAIL)).containsExactly("kiosk window closed");
  }

  @Test
  void closingTheWindowDuringSignInClearsWhatWasTyped(FxRobot robot) {
    robot.clickOn("#emailField").write(UiFixture.EMAIL);
    robot.clickOn("#passwordField").write("half a pass");

    requestClose(robot);

    assertThat(stage.isShowing()).isTrue();
    assertThat(door.field("#emailField").getText()).isEmpty();
    assertThat(door.field("#passwordField").getText()).isEmpty();
  }

  @Test
  void onlyAnAdministratorFindsQuitInTheProfileMenu(FxRobot robot) {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);
    robot.clickOn("#profileButton");
    assertThat(door.isShown("#quitItem")).isFalse();
    robot.type(KeyCode.ESCAPE);
    door.signOut();

    door.signInAndSkipRecommendation(UiFixture.ADMIN);
    door.choose("#quitItem");

    assertThat(fixture.host.quit).isTrue();
  }

  @Test
  void enable2faOpensInsideTheFullScreenWindowAndEscapeClosesIt(FxRobot robot) {
    door.signIn(UiFixture.EMAIL);

    robot.type(KeyCode.ENTER);

    assertThat(robot.listWindows()).hasSize(1);
    assertThat(door.isShown("#totpOption")).isTrue();
    assertThat(door.isFocused("#okButton")).isTrue();
    assertThat(robot.lookup("#laterButton").query().isDisabled()).isTrue();
    robot.type(KeyCode.ESCAPE);
    assertThat(robot.lookup("#totpOption").tryQuery()).isEmpty();
    assertThat(door.isDisabled("#laterButton")).isFalse();
    assertThat(stage.isFullScreen()).isTrue();
    assertThat(door.isFocused("#enableButton")).isTrue();

    robot.type(KeyCode.ENTER).type(KeyCode.ENTER);
    Door.waitUntil(() -> door.isShown("#qrImage"));
    assertThat(door.isFocused("#codeField")).isTrue();
  }

  @Test
  void aKioskSignsOutAfterTwoIdleMinutes(FxRobot robot) {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);

    robot.interact(
        () -> {
          fixture.advance(Duration.ofMinutes(2).plusSeconds(30));
          navigator.idleWatch().tick();
        });

    assertThat(navigator.session()).isEmpty();
    assertThat(door.text("#noticeLabel"))
        .isEqualTo("You were signed out after 2 minutes without activity.");
  }

  @Test
  void recoveryCodesAndTheSetupKeyCannotBeCopiedOrSavedOnAKiosk(FxRobot robot) {
    door.signIn(UiFixture.EMAIL);
    String secret = door.openSetupByKeyboard();

    assertThat(door.isShown("#copyButton")).isFalse();
    robot.write(fixture.codeNow(secret)).type(KeyCode.ENTER);

    Door.waitUntil(() -> door.isShown("#storedCheck"));
    // The row that holds Copy all and Save to file.
    assertThat(door.isShown("#keepButtons")).isFalse();
    assertThat(door.text("#bodyLabel")).contains("Write them down");
    assertThat(door.isFocused("#storedCheck")).isTrue();
    assertThat(fixture.host.clipboard).isEmpty();
  }
}
