package app.backoffice.ui.enable2fa;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.ui.Door;
import app.backoffice.ui.QrCodes;
import app.backoffice.ui.UiFixture;
import app.backoffice.ui.WindowTestBase;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class EnableTwoFactorScreenTest extends WindowTestBase {

  @Override
  protected void addAccounts(UiFixture fixture) {
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
  }

  @BeforeEach
  void signIn(FxRobot robot) {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);
    door.choose("#enableItem");
    Door.waitUntil(() -> robot.lookup("#okButton").query().getScene().getWindow().isFocused());
  }

  @Test
  void popupIsTitledAndOffersOnlyTheAuthenticatorAppAlreadyChosen(FxRobot robot) {
    Stage popup = (Stage) robot.lookup("#okButton").query().getScene().getWindow();

    assertThat(popup.getTitle()).isEqualTo("Enable 2FA");
    assertThat(robot.lookup(".radio-button").queryAll()).hasSize(1);
    RadioButton totp = robot.lookup("#totpOption").queryAs(RadioButton.class);
    assertThat(totp.getText()).isEqualTo("Authenticator app (TOTP)");
    assertThat(totp.isSelected()).isTrue();
    assertThat(robot.lookup("#okButton").queryAs(Button.class).isDefaultButton()).isTrue();
  }

  @Test
  void cancelClosesThePopupAndChangesNothing(FxRobot robot) {
    robot.clickOn("#cancelButton");

    assertThat(robot.lookup("#okButton").tryQuery()).isEmpty();
    assertThat(door.text("#twoFactorValue")).isEqualTo(fixture.texts.get("home.twoFactor.off"));
  }

  @Test
  void escapeClosesThePopup(FxRobot robot) {
    robot.type(KeyCode.ESCAPE);

    assertThat(robot.lookup("#okButton").tryQuery()).isEmpty();
  }

  @Test
  void setupShowsTheKeyInGroupsOfFourMatchingTheQrCodeWithTheAccountAndIssuer(FxRobot robot) {
    openSetup(robot);

    String shown = door.text("#keyField");
    assertThat(shown).matches("([A-Z2-7]{4} )*[A-Z2-7]{4}");
    String uri = QrCodes.decode(robot.lookup("#qrImage").queryAs(ImageView.class).getImage());
    assertThat(QrCodes.parameters(uri)).containsEntry("secret", shown.replace(" ", ""));
    assertThat(door.text("#accountLabel")).isEqualTo("Account: " + UiFixture.EMAIL);
    assertThat(door.text("#issuerLabel")).isEqualTo("Issuer: Back Office");
    assertThat(robot.lookup("#keyField").queryAs(TextField.class).isEditable()).isFalse();
  }

  @Test
  void qrCodeIsDrawnAtWholePixelsPerModuleWithoutSmoothing(FxRobot robot) {
    openSetup(robot);

    ImageView view = robot.lookup("#qrImage").queryAs(ImageView.class);
    String uri = QrCodes.decode(view.getImage());
    int modules = app.backoffice.ui.QrCode.of(uri).size();
    assertThat(view.isSmooth()).isFalse();
    assertThat((int) view.getImage().getWidth() % modules).isZero();
    assertThat(view.getFitWidth()).isEqualTo(view.getImage().getWidth());
  }

  @Test
  void copyButtonPutsTheKeyWithoutSpacesOnTheClipboard(FxRobot robot) {
    openSetup(robot);

    robot.clickOn("#copyButton");

    assertThat(fixture.host.clipboard).containsExactly(door.text("#keyField").replace(" ", ""));
    assertThat(door.isShown("#copiedLabel")).isTrue();
  }

  @Test
  void wrongCodeKeepsTheUserOnTheStepWithAMessage(FxRobot robot) {
    String secret = openSetup(robot);
    String right = fixture.codeNow(secret);
    String wrong = right.equals("000000") ? "111111" : "000000";

    robot.write(wrong).type(KeyCode.ENTER);

    assertThat(door.text("#errorLabel")).contains("That code is not right");
    assertThat(door.text("#keyField").replace(" ", "")).isEqualTo(secret);
    assertThat(door.isFocused("#codeField")).isTrue();

    robot.eraseText(6).write(right).type(KeyCode.ENTER);
    assertThat(robot.lookup("#recoveryCode9").tryQuery()).isPresent();
  }

  @Test
  void cancelOnTheSetupLeaves2faOff(FxRobot robot) {
    openSetup(robot);

    robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);

    assertThat(door.text("#twoFactorValue")).isEqualTo(fixture.texts.get("home.twoFactor.off"));
  }

  /** Presses Enter for OK in the popup; returns the setup key once the setup step is ready. */
  @Test
  void aWrongCodeIsExplainedBesideTheFieldSoTheButtonsStayPut(FxRobot robot) {
    openSetup(robot);
    double verifyY = robot.lookup("#verifyButton").query().localToScene(0, 0).getY();

    robot.write("000000").type(KeyCode.ENTER);

    assertThat(door.isShown("#errorLabel")).isTrue();
    assertThat(door.isShown("#errorBelowLabel")).isFalse();
    assertThat(robot.lookup("#verifyButton").query().localToScene(0, 0).getY()).isEqualTo(verifyY);
  }

  @Test
  void inTheNarrowestWindowTheStepsStackAndNothingScrollsSideways(FxRobot robot) {
    openSetup(robot);

    robot.interact(
        () -> {
          stage.setWidth(560);
          stage.setHeight(600);
        });
    robot.write("000000").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    Node qr = robot.lookup("#qrImage").query();
    Node key = robot.lookup("#keyField").query();
    assertThat(key.localToScene(0, 0).getY()).isGreaterThan(qr.localToScene(0, 0).getY());
    ScrollPane page = robot.lookup(".page-scroll").queryAs(ScrollPane.class);
    assertThat(page.getContent().getLayoutBounds().getWidth())
        .isLessThanOrEqualTo(page.getViewportBounds().getWidth());
    assertThat(door.isShown("#errorBelowLabel")).isTrue();
    assertThat(door.isShown("#errorLabel")).isFalse();
  }

  @Test
  void aRefusalBelowTheFoldOfASmallWindowIsScrolledIntoView(FxRobot robot) {
    openSetup(robot);
    ScrollPane page = robot.lookup(".page-scroll").queryAs(ScrollPane.class);
    robot.interact(
        () -> {
          stage.setWidth(560);
          stage.setHeight(600);
          page.setVvalue(page.getVmin());
        });

    robot.write("000000").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    Bounds shown = page.localToScene(page.getLayoutBounds());
    for (String part : List.of("#errorBelowLabel", "#verifyButton")) {
      Node node = robot.lookup(part).query();
      assertThat(shown.contains(node.localToScene(node.getLayoutBounds()))).as(part).isTrue();
    }
  }

  private String openSetup(FxRobot robot) {
    robot.type(KeyCode.ENTER);
    Door.waitUntil(() -> door.isFocused("#codeField"));
    return door.text("#keyField").replace(" ", "");
  }
}
