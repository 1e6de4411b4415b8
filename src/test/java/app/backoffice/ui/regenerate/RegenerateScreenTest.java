package app.backoffice.ui.regenerate;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.ui.EnrolledPageTestBase;
import app.backoffice.ui.UiFixture;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** New recovery codes, confirmed with a code from the app; the old ones stop working. */
class RegenerateScreenTest extends EnrolledPageTestBase {

  @Override
  protected String menuEntry() {
    return "#recoveryItem";
  }

  @Test
  void theFieldTakesOnlyDigitsAndAsksForAllSix(FxRobot robot) {
    robot.write("12a-4");
    assertThat(door.field("#codeField").getText()).isEqualTo("124");

    robot.type(KeyCode.ENTER);
    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.invalid"));
  }

  @Test
  void newCodesAreShownOnceAndOnlyTheyWorkAfterwards(FxRobot robot) {
    fixture.advance(UiFixture.STEP);
    assertThat(door.isFocused("#codeField")).isTrue();
    robot.write(fixture.codeNow(enrolled.secret())).type(KeyCode.ENTER);

    List<String> fresh =
        IntStream.range(0, 10).mapToObj(i -> door.text("#recoveryCode" + i)).toList();
    assertThat(fresh).doesNotHaveDuplicates().doesNotContainAnyElementsOf(enrolled.recoveryCodes());
    robot.clickOn("#storedCheck").clickOn("#doneButton");

    assertThat(door.text("#noticeLabel")).isEqualTo(fixture.texts.get("home.codesRegenerated"));
    assertThat(door.text("#recoveryCodesValue")).isEqualTo("10");
    assertThat(door.isShown("#recoveryCode0")).isFalse();
    door.signOut();
    signInWithRecoveryCode(robot, enrolled.recoveryCodes().get(0));
    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.wrongRecovery"));
    robot.write(fresh.get(0)).type(KeyCode.ENTER);
    assertThat(door.text("#recoveryCodesValue")).isEqualTo("9");
  }

  @Test
  void aWrongCodeMakesNoNewCodesAndTheOldOnesStillWork(FxRobot robot) {
    robot.write(fixture.wrongCodeNow(enrolled.secret())).type(KeyCode.ENTER);

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.wrong"));
    assertThat(door.field("#codeField").getText()).isEmpty();
    assertThat(door.isFocused("#codeField")).isTrue();
    robot.type(KeyCode.ESCAPE);
    door.signOut();
    signInWithRecoveryCode(robot, enrolled.recoveryCodes().get(0));
    assertThat(door.text("#recoveryCodesValue")).isEqualTo("9");
  }

  @Test
  void theCodeThatSignedInIsRefusedAsAReplay(FxRobot robot) {
    String signInCode = fixture.codeNow(enrolled.secret()); // the clock has not moved since
    robot.clickOn("#codeField").write(signInCode);
    robot.clickOn("#regenerateButton");

    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.replayed"));
  }

  @Test
  void theFormIsBusyWhileTheCodeIsChecked(FxRobot robot) {
    fixture.advance(UiFixture.STEP);
    fixture.holdWork();
    robot.write(fixture.codeNow(enrolled.secret())).type(KeyCode.ENTER);

    assertThat(door.isDisabled("#regenerateButton")).isTrue();
    assertThat(door.isDisabled("#codeField")).isTrue();
    assertThat(door.isShown("#progress")).isTrue();

    robot.interact(fixture::releaseWork);
    assertThat(door.isShown("#recoveryCode0")).isTrue();
  }

  @Test
  void everyFieldIsNamedForScreenReadersAndEveryButtonHasItsOwnMnemonic(FxRobot robot) {
    assertThat(door.accessibilityGaps()).isEmpty();

    robot.clickOn("#cancelButton");
    assertThat(door.text("#recoveryCodesValue")).isEqualTo("10");
  }

  private void signInWithRecoveryCode(FxRobot robot, String code) {
    door.signIn(UiFixture.EMAIL);
    robot.clickOn("#switchLink");
    robot.write(code).type(KeyCode.ENTER);
  }
}
