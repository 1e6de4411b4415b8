package app.backoffice.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.ui.UiFixture;
import app.backoffice.ui.WindowTestBase;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class FirstRunScreenTest extends WindowTestBase {

  @Override
  protected void addAccounts(UiFixture fixture) {}

  private java.util.List<String> policyLines(FxRobot robot) {
    VBox box = robot.lookup("#policyBox").queryAs(VBox.class);
    return box.getChildren().stream()
        .map(Node.class::cast)
        .map(n -> ((Label) n).getText())
        .toList();
  }

  @Test
  void emptyStoreOpensOnTheFirstAdministratorWithTheEmailFocused() {
    assertThat(door.isFocused("#emailField")).isTrue();
    assertThat(door.isShown("#policyBox")).isFalse();
  }

  @Test
  void policyLinesFollowTheTypingInTheWindow(FxRobot robot) {
    robot.write(UiFixture.ADMIN).type(KeyCode.TAB).write("short");
    assertThat(policyLines(robot)).containsExactly(fixture.texts.get("policy.TOO_SHORT"));

    robot.write("-violet-harbour");
    assertThat(policyLines(robot)).containsExactly(fixture.texts.get("policy.ok"));

    robot.type(KeyCode.TAB).write("shorX");
    assertThat(policyLines(robot)).containsExactly(fixture.texts.get("policy.mismatch"));
  }

  @Test
  void keyboardAloneCreatesTheAdministratorAndLeadsToSignIn(FxRobot robot) {
    robot.write(UiFixture.ADMIN).type(KeyCode.TAB);
    robot.write(UiFixture.PASSWORD).type(KeyCode.TAB);
    robot.write(UiFixture.PASSWORD).type(KeyCode.ENTER);

    assertThat(door.text("#noticeLabel"))
        .isEqualTo(fixture.texts.format("firstRun.created", UiFixture.ADMIN));
    assertThat(door.text("#emailField")).isEqualTo(UiFixture.ADMIN);
    assertThat(door.isFocused("#passwordField")).isTrue();
    assertThat(fixture.auth().needsFirstAdministrator()).isFalse();
  }

  @Test
  void createButtonRefusesAMismatchAndKeepsWhatWasTyped(FxRobot robot) {
    robot.write(UiFixture.ADMIN).type(KeyCode.TAB);
    robot.write(UiFixture.PASSWORD).type(KeyCode.TAB);
    robot.write("violet-harbour-43");

    robot.clickOn("#createButton");

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("policy.mismatch"));
    assertThat(door.text("#emailField")).isEqualTo(UiFixture.ADMIN);
    assertThat(fixture.auth().needsFirstAdministrator()).isTrue();
  }

  @Test
  void invalidEmailIsRefusedInTheWindow(FxRobot robot) {
    robot.write("admin at example").type(KeyCode.TAB);
    robot.write(UiFixture.PASSWORD).type(KeyCode.TAB);
    robot.write(UiFixture.PASSWORD).type(KeyCode.ENTER);

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("firstRun.invalidEmail"));
    assertThat(fixture.auth().needsFirstAdministrator()).isTrue();
  }

  @Test
  void pastedEmailWithAnInvisibleCharacterIsRefusedWithThatReasonInTheWindow(FxRobot robot) {
    TextInputControl email = door.field("#emailField");
    robot.interact(() -> email.replaceSelection("ad\u200bmin@example.com"));
    robot.type(KeyCode.TAB).write(UiFixture.PASSWORD).type(KeyCode.TAB);
    robot.write(UiFixture.PASSWORD).type(KeyCode.ENTER);

    assertThat(door.text("#errorLabel"))
        .isEqualTo(fixture.texts.get("firstRun.EMAIL_HAS_INVISIBLE_CHARACTER"));
    assertThat(fixture.auth().needsFirstAdministrator()).isTrue();
  }

  @Test
  void whileTheAccountIsMadeTheFormIsBusy(FxRobot robot) {
    fixture.holdWork();
    robot.write(UiFixture.ADMIN).type(KeyCode.TAB);
    robot.write(UiFixture.PASSWORD).type(KeyCode.TAB);
    robot.write(UiFixture.PASSWORD).type(KeyCode.ENTER);

    assertThat(door.isDisabled("#createButton")).isTrue();
    assertThat(door.isDisabled("#emailField")).isTrue();
    assertThat(door.isShown("#progress")).isTrue();

    robot.interact(fixture::releaseWork);
    assertThat(door.text("#noticeLabel")).contains(UiFixture.ADMIN);
  }

  @Test
  void showPasswordRevealsBothCopies(FxRobot robot) {
    robot.write(UiFixture.ADMIN).type(KeyCode.TAB).write("abc").type(KeyCode.TAB).write("abd");

    robot.clickOn("#showPasswordCheck");

    assertThat(door.text("#passwordText")).isEqualTo("abc");
    assertThat(door.text("#confirmText")).isEqualTo("abd");
    assertThat(door.isShown("#passwordField")).isFalse();
  }
}
