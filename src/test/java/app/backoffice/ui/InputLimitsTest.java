package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class InputLimitsTest {

  private TextField email;
  private PasswordField password;

  @Start
  void start(Stage stage) {
    email = new TextField();
    password = new PasswordField();
    InputLimits.email(email);
    InputLimits.password(password);
    stage.setScene(new Scene(new VBox(email, password)));
    stage.show();
  }

  @Test
  void aPastedMegabyteIsCutToWhatAFieldCanHold(FxRobot robot) {
    String megabyte = "a".repeat(1 << 20);
    robot.interact(
        () -> {
          email.replaceSelection(megabyte);
          password.replaceSelection(megabyte);
        });

    assertThat(email.getText()).hasSize(InputLimits.EMAIL);
    assertThat(password.getText()).hasSize(InputLimits.PASSWORD);
    assertThat(email.getCaretPosition()).isEqualTo(InputLimits.EMAIL);
  }

  @Test
  void typingStopsAtTheLimitAndEditingWithinItStillWorks(FxRobot robot) {
    robot.interact(
        () -> {
          email.setText("x".repeat(InputLimits.EMAIL));
          email.positionCaret(0);
          email.replaceSelection("y");
          email.selectRange(0, 10);
          email.replaceSelection("z");
        });

    assertThat(email.getText()).hasSize(InputLimits.EMAIL - 9).startsWith("zx");
  }

  @Test
  void aPasswordTooLongForTheRulesStillFitsSoThePolicyCanSaySo(FxRobot robot) {
    robot.interact(() -> password.replaceSelection("p".repeat(100)));
    assertThat(password.getText()).hasSize(100);
  }

  @Test
  void pastingOnlyControlCharactersOverASelectionEmptiesTheFieldInsteadOfFailing(FxRobot robot) {
    robot.interact(
        () -> {
          password.setText("violet-harbour-42");
          password.selectAll();
          password.replaceSelection("\u0000");
          email.setText("kim@example.com");
          email.selectRange(0, 3);
          email.replaceSelection("\u001f\tlee\u0007");
        });

    assertThat(password.getText()).isEmpty();
    assertThat(email.getText()).isEqualTo("lee@example.com");
  }
}
