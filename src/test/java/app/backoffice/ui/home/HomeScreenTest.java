package app.backoffice.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.store.Role;
import app.backoffice.ui.UiFixture;
import app.backoffice.ui.WindowTestBase;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The home page: who is signed in, the role, 2FA, the recovery codes left, and the previous
 * successful sign-in as the audit log has it.
 */
class HomeScreenTest extends WindowTestBase {

  private UiFixture.Enrolled admin;

  @Override
  protected void addAccounts(UiFixture fixture) {
    fixture.addUser(UiFixture.EMAIL, Role.STAFF);
    admin = fixture.addUserWithTwoFactor(UiFixture.ADMIN, Role.ADMIN);
  }

  @Test
  void showsAStaffAccountWithoutTwoFactorOnItsFirstSignIn() {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);

    assertThat(door.text("#emailValue")).isEqualTo(UiFixture.EMAIL);
    assertThat(door.text("#roleValue")).isEqualTo("Staff");
    assertThat(door.text("#twoFactorValue")).isEqualTo("Off");
    assertThat(door.isShown("#recoveryCodesValue")).isFalse();
    assertThat(door.text("#previousSignInValue")).isEqualTo("This is your first sign-in.");
    assertThat(door.isShown("#previousSignInHint")).isFalse();
    assertThat(door.text("#passwordChangedValue"))
        .isEqualTo(fixture.texts.dateTime(UiFixture.START));
    assertThat(door.isShown("#enableButton")).isTrue();
  }

  @Test
  void showsAnAdministratorWithTwoFactorOnSinceItsDayAndTheCodesLeft() {
    door.signInWithCode(UiFixture.ADMIN, admin.secret());

    assertThat(door.text("#roleValue")).isEqualTo("Administrator");
    assertThat(door.text("#twoFactorValue")).isEqualTo("On since Mar 2, 2026");
    assertThat(door.text("#recoveryCodesValue")).isEqualTo("10");
    assertThat(door.isShown("#enableButton")).isFalse();
  }

  @Test
  void previousSignInIsTheLastSuccessfulOneAndAWrongPasswordDoesNotCount() {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);
    Instant first = fixture.clock.instant();
    door.signOut();
    fixture.advance(Duration.ofHours(3));
    door.signInWith(UiFixture.EMAIL, "not-my-password");
    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("signIn.rejected"));
    fixture.advance(Duration.ofHours(1));

    door.signInAndSkipRecommendation(UiFixture.EMAIL);

    // 09:00 UTC, the time of the first sign-in, not 12:00 (the wrong password) or 13:00 (now).
    assertThat(door.text("#previousSignInValue"))
        .isEqualTo(fixture.texts.dateTime(first))
        .contains("Mar 2, 2026")
        .contains("9:00");
    assertThat(door.isShown("#previousSignInHint")).isTrue();
  }

  @Test
  void aRefusedCodeAfterTheRightPasswordIsNoSuccessfulSignIn(FxRobot robot) {
    door.signInWithCode(UiFixture.ADMIN, admin.secret());
    Instant first = fixture.clock.instant();
    door.signOut();
    fixture.advance(Duration.ofHours(2));
    door.signIn(UiFixture.ADMIN);
    robot.write(fixture.wrongCodeNow(admin.secret()));
    assertThat(door.text("#errorLabel")).isEqualTo(fixture.texts.get("code.wrong"));
    robot.clickOn("#backButton");
    fixture.advance(Duration.ofHours(1));

    door.signInWithCode(UiFixture.ADMIN, admin.secret());

    assertThat(door.text("#previousSignInValue")).isEqualTo(fixture.texts.dateTime(first));
  }

  @Test
  void aSignInWithARecoveryCodeLeavesOneCodeFewer(FxRobot robot) {
    door.signIn(UiFixture.ADMIN);
    robot.clickOn("#switchLink");
    robot.write(admin.recoveryCodes().get(0)).type(KeyCode.ENTER);

    assertThat(door.text("#recoveryCodesValue")).isEqualTo("9");
    assertThat(door.text("#noticeLabel")).contains("9");
  }

  @Test
  void enableTwoFactorOnThePageOpensThePopup(FxRobot robot) {
    door.signInAndSkipRecommendation(UiFixture.EMAIL);
    assertThat(door.isFocused("#enableButton")).isTrue();

    door.pressMnemonic(KeyCode.E);

    assertThat(door.isShown("#totpOption")).isTrue();
  }
}
