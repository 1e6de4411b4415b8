package app.backoffice.ui.password;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.ui.UiFixture;
import app.backoffice.ui.WindowTestBase;
import java.util.List;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Changing one's own password from the profile menu, by keyboard and by mouse. */
class ChangePasswordScreenTest extends WindowTestBase {

  private static final String NEW_PASSWORD = "quiet-lantern-77";

  @Override
  protected void addAccounts(UiFixture fixture) {
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
  }

  @BeforeEach
  void openThePage() {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);
    door.choose("#passwordItem");
  }

  @Test
  void keyboardAloneChangesThePasswordAndOnlyTheNewOneSignsInAfterwards(FxRobot robot) {
    assertThat(door.isFocused("#currentField")).isTrue();
    robot.write(UiFixture.PASSWORD).type(KeyCode.TAB);
    robot.write(NEW_PASSWORD).type(KeyCode.TAB);
    robot.write(NEW_PASSWORD).type(KeyCode.ENTER);

    assertThat(door.text("#noticeLabel"))
        .isEqualTo(fixture.texts.get("home.passwordChangedNotice"));
    door.signOut();
    door.signInWith(UiFixture.EMAIL, UiFixture.PASSWORD);
    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("signIn.rejected"));
    door.signInWith(UiFixture.EMAIL, NEW_PASSWORD);
    assertThat(door.isShown("#laterButton")).isTrue();
  }

  @Test
  void policyMessagesFollowWhatIsTyped(FxRobot robot) {
    robot.clickOn("#newField").write("short");
    assertThat(policyLines(robot)).containsExactly(fixture.texts.get("policy.TOO_SHORT"));

    replace(robot, "#newField", "password");
    assertThat(policyLines(robot)).containsExactly(fixture.texts.get("policy.COMMON"));

    replace(robot, "#newField", UiFixture.EMAIL);
    assertThat(policyLines(robot)).containsExactly(fixture.texts.get("policy.SAME_AS_EMAIL"));

    replace(robot, "#newField", NEW_PASSWORD);
    assertThat(policyLines(robot)).containsExactly(fixture.texts.get("policy.ok"));

    robot.clickOn("#confirmField").write("quiet-lamp");
    assertThat(policyLines(robot)).containsExactly(fixture.texts.get("policy.mismatch"));

    replace(robot, "#confirmField", NEW_PASSWORD);
    assertThat(policyLines(robot)).containsExactly(fixture.texts.get("policy.ok"));
  }

  @Test
  void twoDifferentNewPasswordsAreNotSubmitted(FxRobot robot) {
    fill(robot, UiFixture.PASSWORD, NEW_PASSWORD, "quiet-lantern-78");
    robot.clickOn("#changeButton");

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("policy.mismatch"));
    assertThat(door.isFocused("#confirmField")).isTrue();
    assertThat(door.isShown("#changeButton")).isTrue();
  }

  @Test
  void typingAfterARefusalTakesTheStaleMessageAway(FxRobot robot) {
    fill(robot, UiFixture.PASSWORD, NEW_PASSWORD, "quiet-lantern-78");
    robot.clickOn("#changeButton");
    assertThat(door.isShown("#errorLabel")).isTrue();

    robot.type(KeyCode.BACK_SPACE);

    assertThat(door.isShown("#errorLabel")).isFalse();
  }

  @Test
  void aPasswordThePolicyRefusesIsNotSubmitted(FxRobot robot) {
    fill(robot, UiFixture.PASSWORD, "password", "password");
    robot.clickOn("#changeButton");

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("policy.COMMON"));
    assertThat(door.isFocused("#newField")).isTrue();
  }

  @Test
  void aWrongCurrentPasswordIsRefusedAndClearedForAnotherTry(FxRobot robot) {
    fill(robot, "not-my-password", NEW_PASSWORD, NEW_PASSWORD);
    robot.clickOn("#changeButton");

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("password.wrong"));
    assertThat(door.field("#currentField").getText()).isEmpty();
    assertThat(door.isFocused("#currentField")).isTrue();
    assertThat(door.field("#newField").getText()).isEqualTo(NEW_PASSWORD);

    robot.write(UiFixture.PASSWORD).type(KeyCode.ENTER);
    assertThat(door.text("#noticeLabel"))
        .isEqualTo(fixture.texts.get("home.passwordChangedNotice"));
  }

  @Test
  void theFormIsBusyWhileThePasswordIsChecked(FxRobot robot) {
    fill(robot, UiFixture.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
    fixture.holdWork();
    robot.clickOn("#changeButton");

    assertThat(door.isDisabled("#changeButton")).isTrue();
    assertThat(door.isShown("#progress")).isTrue();
    assertThat(door.isDisabled("#currentField")).isTrue();
    assertThat(door.isDisabled("#newField")).isTrue();
    assertThat(door.isDisabled("#confirmField")).isTrue();

    robot.interact(fixture::releaseWork);
    assertThat(door.text("#noticeLabel"))
        .isEqualTo(fixture.texts.get("home.passwordChangedNotice"));
  }

  @Test
  void escapeLeavesThePasswordAsItWas(FxRobot robot) {
    robot.write(UiFixture.PASSWORD).type(KeyCode.TAB).write(NEW_PASSWORD);

    robot.type(KeyCode.ESCAPE);

    assertThat(door.text("#emailValue")).isEqualTo(UiFixture.EMAIL);
    assertThat(door.isShown("#noticeLabel")).isFalse();
    door.signOut();
    door.signInWith(UiFixture.EMAIL, UiFixture.PASSWORD);
    assertThat(door.isShown("#laterButton")).isTrue();
  }

  @Test
  void cancelLeadsHomeByClickAndByItsMnemonic(FxRobot robot) {
    robot.clickOn("#cancelButton");
    assertThat(door.text("#emailValue")).isEqualTo(UiFixture.EMAIL);

    door.choose("#passwordItem");
    door.pressMnemonic(KeyCode.C);
    assertThat(door.text("#emailValue")).isEqualTo(UiFixture.EMAIL);
  }

  @Test
  void capsLockIsPointedOutWhileTypingAPassword(FxRobot robot) {
    fixture.host.capsLock = true;
    robot.type(KeyCode.A);

    assertThat(door.isShown("#capsLockLabel")).isTrue();
  }

  @Test
  void everyFieldIsNamedForScreenReadersAndEveryButtonHasItsOwnMnemonic(FxRobot robot) {
    assertThat(door.accessibilityGaps()).isEmpty();

    robot.clickOn("#showPasswordCheck");
    assertThat(door.isShown("#newText")).isTrue();
    assertThat(door.accessibilityGaps()).isEmpty();
  }

  private void fill(FxRobot robot, String current, String chosen, String confirmation) {
    robot.clickOn("#currentField").write(current);
    robot.clickOn("#newField").write(chosen);
    robot.clickOn("#confirmField").write(confirmation);
  }

  private void replace(FxRobot robot, String field, String text) {
    robot.clickOn(field).eraseText(door.field(field).getLength()).write(text);
  }

  private static List<String> policyLines(FxRobot robot) {
    return robot.lookup("#policyBox .label").queryAllAs(Labeled.class).stream()
        .map(Labeled::getText)
        .toList();
  }
}
