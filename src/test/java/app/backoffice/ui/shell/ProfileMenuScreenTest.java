package app.backoffice.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.ui.UiFixture;
import app.backoffice.ui.WindowTestBase;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The top bar of the signed-in window and its profile menu, by mouse and by keyboard. */
class ProfileMenuScreenTest extends WindowTestBase {

  private UiFixture.Enrolled staff;

  @Override
  protected void addAccounts(UiFixture fixture) {
    staff = fixture.addUserWithTwoFactor(UiFixture.EMAIL, Role.STAFF);
    fixture.addUser(UiFixture.ADMIN, Role.ADMIN);
  }

  @Test
  void topBarShowsTheProductNameAndTheSignedInEmail(FxRobot robot) {
    door.signInAndSkipRecommendation(UiFixture.ADMIN);

    assertThat(robot.lookup(".top-bar .product-title").queryLabeled().getText())
        .isEqualTo("Back Office");
    assertThat(door.text("#profileButton")).isEqualTo(UiFixture.ADMIN);
    assertThat(robot.lookup("#profileButton").query().getAccessibleText())
        .isEqualTo(fixture.texts.format("shell.profile.accessible", UiFixture.ADMIN));
  }

  @Test
  void menuOffersEnablingTwoFactorWhileItIsOff() {
    door.signInAndSkipRecommendation(UiFixture.ADMIN);

    assertThat(door.menuEntries())
        .containsExactlyElementsOf(
            door.labels("menu.home", "menu.enable2fa", "menu.changePassword", "menu.signOut"));
  }

  @Test
  void menuOffersDisablingAndNewRecoveryCodesOnceTwoFactorIsOn() {
    door.signInWithCode(UiFixture.EMAIL, staff.secret());

    assertThat(door.menuEntries()).containsExactlyElementsOf(door.fullMenuWithTwoFactor());
  }

  @Test
  void spaceOpensTheMenuFromTheKeyboardAndArrowsWithEnterChooseAnEntry(FxRobot robot) {
    door.signInAndSkipRecommendation(UiFixture.ADMIN);
    assertThat(door.isFocused("#enableButton")).isTrue();

    door.tabBack();
    assertThat(door.isFocused("#profileButton")).isTrue();
    robot.type(KeyCode.SPACE);
    assertThat(robot.lookup("#profileButton").queryAs(MenuButton.class).isShowing()).isTrue();
    robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN); // Home, Enable 2FA, Change password
    robot.type(KeyCode.ENTER);

    assertThat(door.isShown("#changeButton")).isTrue();
    assertThat(door.isFocused("#currentField")).isTrue();
  }

  @Test
  void downArrowOpensTheMenuAndUpFromTheTopReachesSignOut(FxRobot robot) {
    door.signInWithCode(UiFixture.EMAIL, staff.secret());
    door.choose("#passwordItem");
    door.tabBack(); // from the current password field, around to the top bar
    assertThat(door.isFocused("#profileButton")).isTrue();

    robot.type(KeyCode.DOWN);
    assertThat(robot.lookup("#profileButton").queryAs(MenuButton.class).isShowing()).isTrue();
    robot.type(KeyCode.UP);
    robot.type(KeyCode.ENTER);

    assertThat(door.text("#noticeLabel")).isEqualTo(fixture.texts.get("signIn.signedOut"));
    assertThat(navigator.session()).isEmpty();
  }

  /**
   * The page's first field has the focus as soon as the entry is chosen, not only after a layout
   * pass that may or may not come before the next queued event: a scroll pane puts its content into
   * the window only once its skin exists, and keys typed at once must not go to the menu button.
   */
  @ParameterizedTest
  @CsvSource({
    "passwordItem, currentField",
    "disableItem, passwordField",
    "recoveryItem, codeField"
  })
  void aChosenPageHasItsFirstFieldFocusedAtOnce(String item, String field, FxRobot robot)
      throws Exception {
    door.signInWithCode(UiFixture.EMAIL, staff.secret());
    MenuButton menu = robot.lookup("#profileButton").queryAs(MenuButton.class);
    MenuItem entry =
        menu.getItems().stream()
            .filter(candidate -> item.equals(candidate.getId()))
            .findFirst()
            .orElseThrow();

    Node focused =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  entry.fire();
                  return menu.getScene().getFocusOwner();
                })
            .get();

    assertThat(focused.getId()).isEqualTo(field);
  }

  @Test
  void signingOutLeavesAnEmptySignInFormWithANotice() {
    door.signInAndSkipRecommendation(UiFixture.ADMIN);

    door.signOut();

    assertThat(door.text("#noticeLabel")).isEqualTo(fixture.texts.get("signIn.signedOut"));
    assertThat(door.field("#emailField").getText()).isEmpty();
    assertThat(door.field("#passwordField").getText()).isEmpty();
    assertThat(door.isShown("#errorLabel")).isFalse();
    assertThat(door.isFocused("#emailField")).isTrue();
    assertThat(navigator.session()).isEmpty();
  }

  @Test
  void homeLeadsBackFromAnotherPage() {
    door.signInWithCode(UiFixture.EMAIL, staff.secret());
    door.choose("#recoveryItem");
    assertThat(door.isShown("#regenerateButton")).isTrue();

    door.choose("#homeItem");

    assertThat(door.text("#emailValue")).isEqualTo(UiFixture.EMAIL);
    assertThat(door.isShown("#regenerateButton")).isFalse();
  }
}
