package app.backoffice.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.backoffice.ui.Texts;
import app.backoffice.ui.Views;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The profile menu made ahead, out of sight, opens and acts as one made when first clicked. */
@ExtendWith(ApplicationExtension.class)
class PreparedProfileMenuTest {

  private final List<String> chosen = new ArrayList<>();
  private ShellController shell;

  @Start
  void start(Stage stage) {
    Texts texts = new Texts(ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH), ZoneOffset.UTC);
    shell =
        new ShellController(
            texts,
            "kim@example.com",
            new ShellController.Actions() {
              @Override
              public void home() {
                chosen.add("home");
              }

              @Override
              public void enableTwoFactor() {
                chosen.add("enable");
              }

              @Override
              public void disableTwoFactor() {
                chosen.add("disable");
              }

              @Override
              public void newRecoveryCodes() {
                chosen.add("codes");
              }

              @Override
              public void changePassword() {
                chosen.add("password");
              }

              @Override
              public void signOut() {
                chosen.add("sign out");
              }

              @Override
              public void quit() {
                chosen.add("quit");
              }
            });
    stage.setScene(new Scene(new Views(texts).load(shell), 640, 480));
    stage.show();
  }

  @Test
  void preparingMakesThePopupsContentWithoutShowingIt(FxRobot robot) {
    MenuButton button = robot.lookup("#profileButton").queryAs(MenuButton.class);
    assertThat(button.getItems().get(0).getParentPopup().getSkin()).isNull();

    robot.interact(shell::prepareMenu);

    assertThat(button.getItems().get(0).getParentPopup().getSkin()).isNotNull();
    assertThat(button.isShowing()).isFalse();
  }

  @Test
  void aPreparedMenuOpensAndItsEntriesAct(FxRobot robot) {
    robot.interact(shell::prepareMenu);

    robot.clickOn("#profileButton");
    robot.clickOn("#signOutItem");

    assertThat(chosen).containsExactly("sign out");
  }
}
