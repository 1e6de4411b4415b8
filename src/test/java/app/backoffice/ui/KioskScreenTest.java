package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.AuditEvent;
import app.backoffice.store.Role;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A kiosk as its users meet it: full screen, closing signs out, only an administrator quits. */
@ExtendWith(ApplicationExtension.class)
class KioskScreenTest {

  private static final UiSettings KIOSK = UiSettings.DEFAULT.withKiosk(true);

  @TempDir Path directory;

  private UiFixture fixture;
  private Stage stage;
  private Navigator navigator;
  private Door door;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    fixture = new UiFixture(directory);
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
    fixture.addUser(UiFixture.ADMIN, Role.ADMIN);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private void open(FxRobot robot) {
    robot.interact(() -> navigator = fixture.show(stage, KIOSK));
    door = new Door(robot, fixture);
  }

  private void requestClose(FxRobot robot) {
    robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
  }

  @Test
  void theWindowIsFullScreenAndEscapeDoesNotLeaveIt(FxRobot robot) {
    open(robot);

    assertThat(stage.isFullScreen()).isTrue();
    assertThat(stage.getFullScreenExitKeyCombination().match(null)).isFalse();
    robot.type(KeyCode.ESCAPE);
    assertThat(stage.isFullScreen()).isTrue();
  }

  @Test
  void closingTheWindowSignsOutAndLeavesItOpenForTheNextPerson(FxRobot robot) {
    open(robot);
    door.signInAndSkipRecommendation(UiFixture.EMAIL);

    requestClose(robot);

    assertThat(stage.isShowing()).isTrue();
    assertThat(navigator.session()).isEmpty();
    assertThat(door.text("#noticeLabel"))
        .isEqualTo("You have signed out. This kiosk stays open for the next person.");
    assertThat(door.field("#emailField").getText()).isEmpty();
    assertThat(
            fixture.admin().audit(Optional.of(UiFixture.EMAIL), Optional.empty(), 100).stream()
                .filter(entry -> entry.event() == AuditEvent.SIGNED_OUT)
                .map(entry -> entry.detail()))
        .containsExactly("kiosk window closed");
  }

  @Test
  void closingTheWindowDuringSignInClearsWhatWasTyped(FxRobot robot) {
    open(robot);
    robot.clickOn("#emailField").write(UiFixture.EMAIL);
    robot.clickOn("#passwordField").write("half a pass");

    requestClose(robot);

    assertThat(stage.isShowing()).isTrue();
    assertThat(door.field("#emailField").getText()).isEmpty();
    assertThat(door.field("#passwordField").getText()).isEmpty();
  }

  @Test
  void onlyAnAdministratorFindsQuitInTheProfileMenu(FxRobot robot) {
    open(robot);
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
  void aWorkstationOffersNoQuitAndClosesNormally(FxRobot robot) {
    robot.interact(() -> navigator = fixture.show(stage, UiSettings.DEFAULT));
    door = new Door(robot, fixture);
    door.signInAndSkipRecommendation(UiFixture.ADMIN);
    robot.clickOn("#profileButton");

    assertThat(door.isShown("#quitItem")).isFalse();
    assertThat(stage.isFullScreen()).isFalse();
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void enable2faOpensInsideTheFullScreenWindowAndEscapeClosesIt(FxRobot robot) {
    open(robot);
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
  void recoveryCodesAndTheSetupKeyCannotBeCopiedOrSavedOnAKiosk(FxRobot robot) {
    open(robot);
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
