package app.backoffice.ui.disable2fa;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.ui.EnrolledPageTestBase;
import app.backoffice.ui.UiFixture;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Switching 2FA off with the password and a code, or a recovery code, by keyboard and mouse. */
class DisableTwoFactorScreenTest extends EnrolledPageTestBase {

  @Override
  protected String menuEntry() {
    return "#disableItem";
  }

  @Test
  void keyboardAloneSwitchesTwoFactorOffAndTheNextSignInAsksForNoCode(FxRobot robot) {
    fixture.advance(UiFixture.STEP);
    assertThat(door.isFocused("#passwordField")).isTrue();
    robot.write(UiFixture.PASSWORD).type(KeyCode.TAB);
    robot.write(fixture.codeNow(enrolled.secret())).type(KeyCode.ENTER);

    assertThat(door.text("#noticeLabel")).isEqualTo(fixture.texts.get("home.twoFactorDisabled"));
    assertThat(door.text("#twoFactorValue")).isEqualTo("Off");
    assertThat(door.menuEntries())
        .containsExactlyElementsOf(
            door.labels("menu.home", "menu.enable2fa", "menu.changePassword", "menu.signOut"));
    door.signOut();
    door.signIn(UiFixture.EMAIL);
    assertThat(door.isShown("#codeField")).isFalse();
    assertThat(door.isShown("#laterButton")).isTrue();
  }

  @Test
  void aRecoveryCodeServesInsteadOfACode(FxRobot robot) {
    robot.clickOn("#passwordField").write(UiFixture.PASSWORD);
    robot.clickOn("#codeField").write(enrolled.recoveryCodes().get(4));
    robot.clickOn("#disableButton");

    assertThat(door.text("#noticeLabel")).isEqualTo(fixture.texts.get("home.twoFactorDisabled"));
    assertThat(door.text("#twoFactorValue")).isEqualTo("Off");
  }

  @Test
  void aWrongPasswordIsRefusedAndTwoFactorStaysOn(FxRobot robot) {
    fixture.advance(UiFixture.STEP);
    fill(robot, "not-my-password", fixture.codeNow(enrolled.secret()));

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("disable.wrongPassword"));
    assertThat(door.field("#passwordField").getText()).isEmpty();
    assertThat(door.isFocused("#passwordField")).isTrue();

    robot.type(KeyCode.ESCAPE);
    assertThat(door.text("#twoFactorValue")).startsWith("On since");
  }

  @Test
  void aWrongCodeIsRefusedAndClearedForAnotherTry(FxRobot robot) {
    fill(robot, UiFixture.PASSWORD, fixture.wrongCodeNow(enrolled.secret()));

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.wrong"));
    assertThat(door.field("#codeField").getText()).isEmpty();
    assertThat(door.isFocused("#codeField")).isTrue();
  }

  @Test
  void theCodeThatSignedInIsRefusedAsAReplay(FxRobot robot) {
    String signInCode = fixture.codeNow(enrolled.secret()); // the clock has not moved since
    fill(robot, UiFixture.PASSWORD, signInCode);

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.replayed"));
    robot.clickOn("#cancelButton");
    assertThat(door.text("#twoFactorValue")).startsWith("On since");
  }

  @Test
  void aMissingPasswordAndThenAMissingCodeAreAskedFor(FxRobot robot) {
    robot.type(KeyCode.ENTER);
    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("common.requiredPassword"));
    assertThat(door.isFocused("#passwordField")).isTrue();

    robot.write(UiFixture.PASSWORD).type(KeyCode.ENTER);
    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("disable.requiredCode"));
    assertThat(door.isFocused("#codeField")).isTrue();
  }

  @Test
  void theFormIsBusyWhileTheAnswerIsChecked(FxRobot robot) {
    fixture.advance(UiFixture.STEP);
    fixture.holdWork();
    fill(robot, UiFixture.PASSWORD, fixture.codeNow(enrolled.secret()));

    assertThat(door.isDisabled("#disableButton")).isTrue();
    assertThat(door.isDisabled("#passwordField")).isTrue();
    assertThat(door.isDisabled("#codeField")).isTrue();
    assertThat(door.isShown("#progress")).isTrue();

    robot.interact(fixture::releaseWork);
    assertThat(door.text("#twoFactorValue")).isEqualTo("Off");
  }

  @Test
  void everyFieldIsNamedForScreenReadersAndEveryButtonHasItsOwnMnemonic() {
    assertThat(door.accessibilityGaps()).isEmpty();

    door.pressMnemonic(KeyCode.C);
    assertThat(door.text("#twoFactorValue")).startsWith("On since");
  }

  private void fill(FxRobot robot, String password, String code) {
    robot.clickOn("#passwordField").write(password);
    robot.clickOn("#codeField").write(code);
    robot.clickOn("#disableButton");
  }
}
