package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.Mnemonic;
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
    signInWith(email, UiFixture.PASSWORD);
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
    waitUntil(condition, 5);
  }

  /** Waits at most {@code seconds} for {@code condition}; fails the test after that. */
  public static void waitUntil(Callable<Boolean> condition, int seconds) {
    try {
      WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    } catch (TimeoutException e) {
      throw new AssertionError("The screen did not get there in " + seconds + " seconds", e);
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
    return robot.lookup(query).tryQuery().map(Node::isFocused).orElse(false);
  }

  public boolean isDisabled(String query) {
    return robot.lookup(query).query().isDisabled();
  }

  // ---- the signed-in pages: the profile menu, keys, and what a screen reader is told ---------

  /** Types an email and a password of the test's choosing on the sign-in screen, then Enter. */
  public void signInWith(String email, String password) {
    TextInputControl emailField = field("#emailField");
    robot.clickOn(emailField).eraseText(emailField.getLength()).write(email);
    robot.type(KeyCode.TAB).write(password).type(KeyCode.ENTER);
  }

  /**
   * The entries of the profile menu as the open menu shows them, top to bottom; closes it again.
   */
  public List<String> menuEntries() {
    robot.clickOn("#profileButton");
    List<String> entries =
        robot.lookup(".context-menu .menu-item").queryAll().stream()
            .filter(Node::isVisible)
            .map(item -> robot.from(item).lookup(".label").queryLabeled().getText())
            .map(Door::withoutMnemonic)
            .toList();
    robot.type(KeyCode.ESCAPE);
    return entries;
  }

  /** The texts of button or menu labels as a person reads them, without the mnemonic mark. */
  public List<String> labels(String... keys) {
    return Stream.of(keys).map(key -> withoutMnemonic(fixture.texts.get(key))).toList();
  }

  /** The profile menu's entries for someone with 2FA on, when nothing restricts it. */
  public List<String> fullMenuWithTwoFactor() {
    return labels(
        "menu.home",
        "menu.disable2fa",
        "menu.newRecoveryCodes",
        "menu.changePassword",
        "menu.signOut");
  }

  /** Presses Alt and a letter, as a person presses a button by its underlined letter. */
  public void pressMnemonic(KeyCode letter) {
    robot.press(KeyCode.ALT).type(letter).release(KeyCode.ALT);
  }

  /** Presses Shift+Tab, moving the focus back one control. */
  public void tabBack() {
    robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
  }

  /**
   * What keeps the window from being used by keyboard and screen reader alone: text fields without
   * accessible text, buttons and check boxes that no Alt+letter presses, and Alt+letter
   * combinations that more than one control answers. Empty when there is nothing to say.
   */
  public List<String> accessibilityGaps() {
    Scene scene = mainScene();
    List<String> gaps = new ArrayList<>();
    scene.getRoot().lookupAll(".text-input").stream()
        .map(TextInputControl.class::cast)
        .filter(input -> input.getAccessibleText() == null || input.getAccessibleText().isBlank())
        .forEach(input -> gaps.add(input.getId() + " has no accessible text"));
    Set<Node> pressable =
        scene.getMnemonics().values().stream()
            .flatMap(List::stream)
            .map(Mnemonic::getNode)
            .collect(Collectors.toSet());
    scene.getRoot().lookupAll(".button, .check-box").stream()
        .filter(control -> !pressable.contains(control))
        .forEach(control -> gaps.add(control.getId() + " has no mnemonic"));
    scene
        .getMnemonics()
        .forEach(
            (keys, mnemonics) -> {
              if (mnemonics.size() > 1) {
                gaps.add(keys.getDisplayText() + " presses " + mnemonics.size() + " controls");
              }
            });
    return gaps;
  }

  private Scene mainScene() {
    return robot.lookup("#profileButton").query().getScene();
  }

  private static String withoutMnemonic(String text) {
    return text.replaceFirst("_", "");
  }
}
