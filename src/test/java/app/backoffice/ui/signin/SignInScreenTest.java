package app.backoffice.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.ui.UiFixture;
import app.backoffice.ui.WindowTestBase;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class SignInScreenTest extends WindowTestBase {

  @Override
  protected void addAccounts(UiFixture fixture) {
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
  }

  @Test
  void emailHasFocusAndTabEnterSignInByKeyboardAlone(FxRobot robot) {
    assertThat(robot.lookup(".window").tryQuery()).isEmpty();
    assertThat(door.isFocused("#emailField")).isTrue();

    robot.write(UiFixture.EMAIL).type(KeyCode.TAB);
    assertThat(door.isFocused("#passwordField")).isTrue();
    robot.write(UiFixture.PASSWORD).type(KeyCode.ENTER);

    assertThat(door.isShown("#laterButton")).isTrue();
  }

  @Test
  void signInButtonClickedWithTheMouseSignsIn(FxRobot robot) {
    robot.clickOn("#emailField").write(UiFixture.EMAIL);
    robot.clickOn("#passwordField").write(UiFixture.PASSWORD);

    robot.clickOn("#signInButton");

    assertThat(door.isShown("#laterButton")).isTrue();
  }

  @Test
  void wrongPasswordShowsOneGenericSentenceAndEmptiesThePasswordOnly(FxRobot robot) {
    robot.write(UiFixture.EMAIL).type(KeyCode.TAB).write("not-the-password").type(KeyCode.ENTER);

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("signIn.rejected"));
    assertThat(door.text("#emailField")).isEqualTo(UiFixture.EMAIL);
    assertThat(door.text("#passwordField")).isEmpty();
    assertThat(door.isFocused("#passwordField")).isTrue();
  }

  @Test
  void unknownEmailReadsExactlyLikeAWrongPassword(FxRobot robot) {
    robot.write("nobody@example.com").type(KeyCode.TAB).write(UiFixture.PASSWORD);
    robot.type(KeyCode.ENTER);

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("signIn.rejected"));
  }

  @Test
  void showPasswordRevealsWhatWasTypedAndKeepsEditingTheSamePassword(FxRobot robot) {
    robot.write(UiFixture.EMAIL).type(KeyCode.TAB).write("violet");
    assertThat(door.isShown("#passwordText")).isFalse();

    robot.clickOn("#showPasswordCheck");
    assertThat(door.isShown("#passwordText")).isTrue();
    assertThat(door.text("#passwordText")).isEqualTo("violet");
    robot.clickOn("#passwordText").write("-harbour-42");

    robot.type(KeyCode.ENTER);
    assertThat(door.isShown("#laterButton")).isTrue();
  }

  @Test
  void enterOnTheShowPasswordBoxSignsInRatherThanHidingThePassword(FxRobot robot) {
    robot.write(UiFixture.EMAIL).type(KeyCode.TAB).write(UiFixture.PASSWORD).type(KeyCode.TAB);
    assertThat(door.isFocused("#showPasswordCheck")).isTrue();
    robot.type(KeyCode.SPACE);
    assertThat(door.isShown("#passwordText")).isTrue();

    robot.type(KeyCode.ENTER);

    assertThat(door.isShown("#laterButton")).isTrue();
  }

  @Test
  void capsLockWarningShowsOnlyWhileItIsOnAndThePasswordHasFocus(FxRobot robot) {
    fixture.host.capsLock = true;
    robot.write("A");
    assertThat(door.isShown("#capsLockLabel")).isFalse();

    robot.type(KeyCode.TAB).write("B");
    assertThat(door.isShown("#capsLockLabel")).isTrue();

    fixture.host.capsLock = false;
    robot.write("c");
    assertThat(door.isShown("#capsLockLabel")).isFalse();
  }

  @Test
  void whileTheCheckRunsTheButtonIsDisabledAndProgressShows(FxRobot robot) {
    fixture.holdWork();
    robot.write(UiFixture.EMAIL).type(KeyCode.TAB).write(UiFixture.PASSWORD).type(KeyCode.ENTER);

    assertThat(door.isDisabled("#signInButton")).isTrue();
    assertThat(robot.lookup("#progress").queryAs(ProgressIndicator.class).isVisible()).isTrue();
    robot.type(KeyCode.ENTER);

    robot.interact(fixture::releaseWork);
    assertThat(door.isShown("#laterButton")).isTrue();
  }

  @Test
  void lockedAccountSaysWhenToTryAgain(FxRobot robot) {
    robot.write(UiFixture.EMAIL).type(KeyCode.TAB);
    for (int i = 0; i < 5; i++) {
      robot.write("not-the-password").type(KeyCode.ENTER);
    }

    robot.write(UiFixture.PASSWORD).type(KeyCode.ENTER);

    assertThat(door.text("#errorLabel"))
        .startsWith("Too many failed attempts. Try again after ")
        .contains("9:05");
  }

  @Test
  void disabledAccountSaysToAskAnAdministrator(FxRobot robot) {
    fixture.admin().disable(UiFixture.EMAIL);

    robot.write(UiFixture.EMAIL).type(KeyCode.TAB).write(UiFixture.PASSWORD).type(KeyCode.ENTER);

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("signIn.disabled"));
  }

  @Test
  void signingOutClearsTheFormAndSaysSo(FxRobot robot) {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);

    door.signOut();

    assertThat(door.text("#noticeLabel")).isEqualTo(fixture.texts.get("signIn.signedOut"));
    assertThat(door.text("#emailField")).isEmpty();
    assertThat(door.text("#passwordField")).isEmpty();
    assertThat(door.text("#errorLabel")).isEmpty();
    assertThat(door.isFocused("#emailField")).isTrue();
  }

  @Test
  void forgottenPasswordLineNamesTheAdministrator(FxRobot robot) {
    assertThat(robot.lookup(fixture.texts.get("signIn.forgot")).tryQuery()).isPresent();
  }
}
