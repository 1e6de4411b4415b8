package app.backoffice.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.ui.Door;
import app.backoffice.ui.UiFixture;
import app.backoffice.ui.UiSettings;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RecommendationScreenTest {

  @TempDir Path directory;

  private UiFixture fixture;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    fixture = new UiFixture(directory);
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private Door signedIn(FxRobot robot, UiSettings settings) {
    robot.interact(() -> fixture.show(stage, settings));
    Door door = new Door(robot, fixture);
    door.signIn(UiFixture.EMAIL);
    return door;
  }

  @Test
  void signingInWithout2faRecommendsItWithEnableAsTheDefault(FxRobot robot) {
    Door door = signedIn(robot, UiSettings.DEFAULT);

    assertThat(robot.lookup("#enableButton").queryAs(Button.class).isDefaultButton()).isTrue();
    assertThat(door.isShown("#laterButton")).isTrue();
    assertThat(door.isShown("#mandatoryLabel")).isFalse();
    assertThat(robot.lookup("#profileButton").queryLabeled().getText()).isEqualTo(UiFixture.EMAIL);
  }

  @Test
  void laterLeadsToTheHomePageWith2faOff(FxRobot robot) {
    Door door = signedIn(robot, UiSettings.DEFAULT);

    robot.press(KeyCode.ALT).type(KeyCode.L).release(KeyCode.ALT);

    assertThat(door.text("#twoFactorValue")).isEqualTo(fixture.texts.get("home.twoFactor.off"));
  }

  @Test
  void mandatory2faOffersNoLaterAndNoWayRoundIt(FxRobot robot) {
    Door door = signedIn(robot, UiSettings.DEFAULT.withTwoFactorRequired(true));

    assertThat(door.isShown("#laterButton")).isFalse();
    assertThat(door.isShown("#mandatoryLabel")).isTrue();
    robot.clickOn("#profileButton");
    assertThat(door.isShown("#homeItem")).isFalse();
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void mandatory2faCancelledSetupReturnsToTheRequirement(FxRobot robot) {
    Door door = signedIn(robot, UiSettings.DEFAULT.withTwoFactorRequired(true));
    door.openSetupByKeyboard();

    robot.type(KeyCode.ESCAPE);

    assertThat(door.isShown("#mandatoryLabel")).isTrue();
  }

  @Test
  void mandatory2faLetsTheUserSignOut(FxRobot robot) {
    Door door = signedIn(robot, UiSettings.DEFAULT.withTwoFactorRequired(true));

    robot.clickOn("#signOutButton");

    assertThat(door.text("#noticeLabel")).isEqualTo(fixture.texts.get("signIn.signedOut"));
  }
}
