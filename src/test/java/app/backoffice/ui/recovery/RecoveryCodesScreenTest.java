package app.backoffice.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.ui.Door;
import app.backoffice.ui.UiFixture;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RecoveryCodesScreenTest {

  @TempDir Path directory;

  private UiFixture fixture;
  private Door door;

  @Start
  void start(Stage stage) {
    fixture = new UiFixture(directory);
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
    fixture.show(stage);
  }

  @BeforeEach
  void enrol(FxRobot robot) {
    door = new Door(robot, fixture);
    door.signIn(UiFixture.EMAIL);
    String secret = door.openSetupByKeyboard();
    robot.write(fixture.codeNow(secret)).type(KeyCode.ENTER);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void keyboardAloneTicksTheBoxAndLeavesWithEnter(FxRobot robot) {
    assertThat(door.isDisabled("#doneButton")).isTrue();
    robot.type(KeyCode.TAB, KeyCode.TAB);
    assertThat(door.isFocused("#storedCheck")).isTrue();
    robot.type(KeyCode.SPACE);
    assertThat(door.isDisabled("#doneButton")).isFalse();
    robot.type(KeyCode.ENTER);
    assertThat(door.text("#twoFactorValue")).startsWith("On since");
  }
}
