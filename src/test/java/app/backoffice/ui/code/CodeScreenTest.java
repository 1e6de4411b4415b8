package app.backoffice.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.ui.UiFixture;
import app.backoffice.ui.WindowTestBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class CodeScreenTest extends WindowTestBase {

  private UiFixture.Enrolled kim;

  @Override
  protected void addAccounts(UiFixture fixture) {
    kim = fixture.addUserWithTwoFactor(UiFixture.EMAIL, Role.STAFF);
  }

  @BeforeEach
  void signIn(FxRobot robot) {
    door.signIn(UiFixture.EMAIL);
  }

  @Test
  void promptAsksForTheAppsCodeWithTheFieldFocused() {
    assertThat(door.text("#promptLabel"))
        .isEqualTo("Enter the 6-digit code from your authenticator app.");
    assertThat(door.text("#accountLabel")).contains(UiFixture.EMAIL);
    assertThat(door.isFocused("#codeField")).isTrue();
  }

  @Test
  void sixthDigitSignsInWithoutPressingEnter(FxRobot robot) {
    robot.write(fixture.codeNow(kim.secret()));

    assertThat(door.text("#emailValue")).isEqualTo(UiFixture.EMAIL);
  }

  @Test
  void fieldTakesDigitsOnlyAndEnterWithTooFewSaysWhatIsNeeded(FxRobot robot) {
    robot.write("12a b3").type(KeyCode.ENTER);

    assertThat(door.text("#codeField")).isEqualTo("123");
    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.invalid"));
  }

  @Test
  void verifyButtonSubmitsWhatWasTyped(FxRobot robot) {
    robot.write("12345");

    robot.clickOn("#verifyButton");

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.invalid"));
  }

  @Test
  void twoWrongCodesSuggestCheckingThePhonesClock(FxRobot robot) {
    robot.write("000000");
    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.wrong"));
    assertThat(door.isShown("#clockHintLabel")).isFalse();
    assertThat(door.isFocused("#codeField")).isTrue();

    robot.write("000001");

    assertThat(door.isShown("#clockHintLabel")).isTrue();
  }

  @Test
  void replayedCodeSaysItWasAlreadyUsed(FxRobot robot) {
    String code = fixture.codeNow(kim.secret());
    robot.write(code);
    door.signOut();
    door.signIn(UiFixture.EMAIL);

    robot.write(code);

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.replayed"));
  }

  @Test
  void recoveryCodeLinkSwitchesTheFieldAndBackByKeyboard(FxRobot robot) {
    robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
    assertThat(door.isShown("#recoveryField")).isTrue();
    assertThat(door.isFocused("#recoveryField")).isTrue();
    assertThat(door.text("#promptLabel")).isEqualTo(fixture.texts.get("code.recoveryPrompt"));

    robot.write(kim.recoveryCodes().get(0).toUpperCase()).type(KeyCode.ENTER);

    assertThat(door.text("#emailValue")).isEqualTo(UiFixture.EMAIL);
    assertThat(door.text("#noticeLabel")).contains("9");
  }

  @Test
  void appLinkReturnsFromRecoveryCodesToTheSixDigits(FxRobot robot) {
    robot.clickOn("#switchLink");
    robot.clickOn("#switchLink");

    assertThat(door.isShown("#codeField")).isTrue();
    assertThat(door.isFocused("#codeField")).isTrue();
  }

  @Test
  void theSwitchLinkKeepsItsLinkColourAfterUse(FxRobot robot) {
    robot.clickOn("#switchLink");

    assertThat(robot.lookup("#switchLink").queryAs(Hyperlink.class).isVisited()).isFalse();
  }

  @Test
  void backLeadsToSignInAndTheCodeNoLongerCounts(FxRobot robot) {
    robot.clickOn("#backButton");

    assertThat(door.isFocused("#emailField") || door.isFocused("#passwordField")).isTrue();
    assertThat(robot.lookup("#codeField").tryQuery()).isEmpty();
  }

  @Test
  void escapeIsTheSameAsBack(FxRobot robot) {
    robot.type(KeyCode.ESCAPE);

    assertThat(robot.lookup("#signInButton").tryQuery()).isPresent();
  }
}
