package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Enter and Escape on a styled form: the default and cancel buttons answer, once each. */
@ExtendWith(ApplicationExtension.class)
class FormKeysTest {

  private final AtomicInteger defaultPresses = new AtomicInteger();
  private final AtomicInteger cancelPresses = new AtomicInteger();

  @Start
  void start(Stage stage) {
    TextField field = new TextField();
    field.setId("field");
    InputLimits.password(field); // a formatter, as every field of the screens has
    CheckBox box = new CheckBox("Box");
    box.setId("box");
    Button ok = new Button("OK");
    ok.setDefaultButton(true);
    ok.setOnAction(event -> defaultPresses.incrementAndGet());
    Button cancel = new Button("Cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(event -> cancelPresses.incrementAndGet());
    Scene scene = new Scene(new VBox(field, box, ok, cancel), 300, 200);
    Theme.style(scene);
    Theme.style(scene); // styling twice must not answer twice
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void escapeInAFieldWithAFormatterPressesTheCancelButtonOnce(FxRobot robot) {
    robot.clickOn("#field").write("typed").type(KeyCode.ESCAPE);

    assertThat(cancelPresses).hasValue(1);
  }

  @Test
  void enterOnACheckBoxPressesTheDefaultButtonOnce(FxRobot robot) {
    robot.clickOn("#box");
    robot.type(KeyCode.ENTER);

    assertThat(defaultPresses).hasValue(1);
  }
}
