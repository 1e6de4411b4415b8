package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The steps through the front door that many screen tests share, taken as a person takes them. */
public final class Door {

  private final FxRobot robot;
  private final UiFixture fixture;

  public Door(FxRobot robot, UiFixture fixture) {
    this.robot = robot;
    this.fixture = fixture;
  }

  /** Types the email and the fixture's password on the sign-in screen and presses Enter. */
  public void signIn(String email) {
    robot.clickOn("#emailField").eraseText(field("#emailField").getLength());
    robot.write(email).type(KeyCode.TAB);
    robot.write(UiFixture.PASSWORD).type(KeyCode.ENTER);
  }

  /** Signs in to an account with 2FA on, with the code its phone shows now. */
  public void signInWithCode(String email, String secret) {
    signIn(email);
    assertThat(isFocused("#codeField")).isTrue();
    robot.write(fixture.codeNow(secret));
  }

  /** Signs in to an account without 2FA and answers the recommendation with Later. */
  public void signInAndSkipRecommendation(String email) {
    signIn(email);
    robot.clickOn("#laterButton");
  }

  /**
   * From the 2FA recommendation, presses Enter for Enable 2FA and, once the popup has the focus,
   * Enter for OK; returns the setup key the setup step shows.
   */
  public String openSetupByKeyboard() {
    robot.type(KeyCode.ENTER);
    waitUntil(() -> robot.lookup("#okButton").query().getScene().getWindow().isFocused());
    robot.type(KeyCode.ENTER);
    waitUntil(() -> isFocused("#codeField"));
    return text("#keyField").replace(" ", "");
  }

  /** Waits, a few seconds at most, for something that follows from events still on their way. */
  public static void waitUntil(Callable<Boolean> condition) {
    try {
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    } catch (TimeoutException e) {
      throw new AssertionError("The screen did not get there in 5 seconds", e);
    }
  }

  public void signOut() {
    robot.clickOn("#profileButton").clickOn("#signOutItem");
  }

  /** Opens the profile menu and picks an entry, looked up by its fx:id. */
  public void choose(String menuItem) {
    robot.clickOn("#profileButton").clickOn(menuItem);
  }

  public String text(String query) {
    Node node = robot.lookup(query).query();
    return node instanceof Labeled labeled
        ? labeled.getText()
        : ((TextInputControl) node).getText();
  }

  public TextInputControl field(String query) {
    return robot.lookup(query).queryAs(TextInputControl.class);
  }

  public boolean isShown(String query) {
    return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
  }

  public boolean isFocused(String query) {
    return robot.lookup(query).query().isFocused();
  }

  public boolean isDisabled(String query) {
    return robot.lookup(query).query().isDisabled();
  }
}
