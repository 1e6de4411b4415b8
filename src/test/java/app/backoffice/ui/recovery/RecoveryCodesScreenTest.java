package app.backoffice.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.ui.UiFixture;
import app.backoffice.ui.WindowTestBase;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class RecoveryCodesScreenTest extends WindowTestBase {

  @Override
  protected void addAccounts(UiFixture fixture) {
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
  }

  @BeforeEach
  void enrol(FxRobot robot) {
    door.signIn(UiFixture.EMAIL);
    String secret = door.openSetupByKeyboard();
    robot.write(fixture.codeNow(secret)).type(KeyCode.ENTER);
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

  @Test
  void whileTheCodesAreShownTheMenuOffersOnlySigningOut(FxRobot robot) {
    assertThat(door.menuEntries()).containsExactlyElementsOf(door.labels("menu.signOut"));

    robot.clickOn("#profileButton");
    assertThat(
            robot.lookup(".context-menu .separator-menu-item").queryAll().stream()
                .filter(Node::isVisible))
        .isEmpty();
    robot.type(KeyCode.ESCAPE);
  }

  @Test
  void afterDoneTheMenuOffersEverythingAgain(FxRobot robot) {
    robot.clickOn("#storedCheck").clickOn("#doneButton");

    assertThat(door.menuEntries()).containsExactlyElementsOf(door.fullMenuWithTwoFactor());
  }
}
