package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.totp.ReferenceTotp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The whole front door as a new user walks through it: the first administrator, signing in, the 2FA
 * recommendation, enrolling with the code read off the screen's QR code, and signing in again with
 * codes and recovery codes. Codes come from the test's own RFC 6238 implementation.
 */
@ExtendWith(ApplicationExtension.class)
class DoorFlowTest {

  @TempDir static Path directory;

  private UiFixture fixture;

  @Start
  void start(Stage stage) {
    fixture = new UiFixture(directory);
    fixture.show(stage);
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void newAdministratorEnrolsFromTheQrCodeAndSignsInWithCodes(FxRobot robot) {
    Door door = new Door(robot, fixture);
    // First run: the store is empty.
    robot.write(UiFixture.ADMIN).type(KeyCode.TAB);
    robot.write(UiFixture.PASSWORD).type(KeyCode.TAB);
    robot.write(UiFixture.PASSWORD).type(KeyCode.ENTER);

    // Sign-in, with the new address filled in and the cursor in the password field.
    assertThat(door.text("#noticeLabel")).contains(UiFixture.ADMIN);
    assertThat(robot.lookup("#emailField").queryAs(TextField.class).getText())
        .isEqualTo(UiFixture.ADMIN);
    robot.write(UiFixture.PASSWORD).type(KeyCode.ENTER);

    // The recommendation, with Enable 2FA as the default; then the popup with TOTP chosen.
    assertThat(robot.lookup("#laterButton").query().isVisible()).isTrue();
    robot.type(KeyCode.ENTER);
    assertThat(robot.lookup("#totpOption").queryAs(RadioButton.class).isSelected()).isTrue();
    robot.type(KeyCode.ENTER);

    // Setup: the secret comes from the QR code as a phone would read it.
    ImageView qr = robot.lookup("#qrImage").queryAs(ImageView.class);
    String uri = QrCodes.decode(qr.getImage());
    Map<String, String> parameters = QrCodes.parameters(uri);
    assertThat(uri).startsWith("otpauth://totp/Back%20Office:admin%40example.com?");
    assertThat(parameters).containsEntry("issuer", "Back Office");
    String secret = parameters.get("secret");
    assertThat(robot.lookup("#keyField").queryAs(TextField.class).getText().replace(" ", ""))
        .isEqualTo(secret);
    robot.write(ReferenceTotp.codeAt(secret, fixture.clock.instant())).type(KeyCode.ENTER);

    // The recovery codes, shown once; Done waits for the box.
    List<String> recoveryCodes =
        IntStream.range(0, 10).mapToObj(i -> door.text("#recoveryCode" + i)).toList();
    assertThat(recoveryCodes).allMatch(code -> code.matches("[a-z0-9]{5}-[a-z0-9]{5}"));
    assertThat(robot.lookup("#doneButton").query().isDisabled()).isTrue();
    robot.clickOn("#storedCheck");
    assertThat(robot.lookup("#storedCheck").queryAs(CheckBox.class).isSelected()).isTrue();
    robot.clickOn("#doneButton");
    assertThat(door.text("#twoFactorValue")).startsWith("On since");

    // Signing in again asks for the next step's code.
    signOut(door);
    signIn(robot, door);
    fixture.advance(UiFixture.STEP);
    String code = ReferenceTotp.codeAt(secret, fixture.clock.instant());
    robot.write(code);
    assertThat(door.text("#emailValue")).isEqualTo(UiFixture.ADMIN);
    assertThat(robot.lookup("#profileButton").queryLabeled().getText()).isEqualTo(UiFixture.ADMIN);

    // The same code once more is a replay.
    signOut(door);
    signIn(robot, door);
    robot.write(code);
    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.replayed"));

    // A recovery code works once.
    robot.clickOn("#switchLink");
    robot.write(recoveryCodes.get(3)).type(KeyCode.ENTER);
    assertThat(door.text("#noticeLabel")).contains("recovery code").contains("9");
    signOut(door);
    signIn(robot, door);
    robot.clickOn("#switchLink");
    robot.write(recoveryCodes.get(3)).type(KeyCode.ENTER);
    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.wrongRecovery"));
  }

  private static void signIn(FxRobot robot, Door door) {
    door.signIn(UiFixture.ADMIN);
    assertThat(robot.lookup("#codeField").query().isFocused()).isTrue();
  }

  private void signOut(Door door) {
    door.signOut();
    assertThat(door.text("#noticeLabel")).isEqualTo(fixture.texts.get("signIn.signedOut"));
  }
}
