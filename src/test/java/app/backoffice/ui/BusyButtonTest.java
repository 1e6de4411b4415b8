package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class BusyButtonTest {

  private final BooleanProperty busy = new SimpleBooleanProperty();
  private Button button;
  private ProgressIndicator progress;

  @Start
  void start(Stage stage) {
    button = new Button("Sign in");
    progress = new ProgressIndicator();
    BusyButton.bind(button, progress, busy);
    stage.setScene(new Scene(new StackPane(button, progress), 300, 100));
    stage.show();
  }

  @Test
  void idleTheButtonWorksAndTheIndicatorIsHiddenAndStill(FxRobot robot) {
    assertThat(button.isDisabled()).isFalse();
    assertThat(progress.isVisible()).isFalse();
    assertThat(progress.isIndeterminate()).isFalse();
  }

  @Test
  void whileBusyTheButtonIsDisabledAndTheIndicatorSpins(FxRobot robot) {
    robot.interact(() -> busy.set(true));

    assertThat(button.isDisabled()).isTrue();
    assertThat(progress.isVisible()).isTrue();
    assertThat(progress.isIndeterminate()).isTrue();
  }

  @Test
  void whenTheWorkEndsTheIndicatorStopsAndHides(FxRobot robot) {
    robot.interact(() -> busy.set(true));
    robot.interact(() -> busy.set(false));

    assertThat(button.isDisabled()).isFalse();
    assertThat(progress.isVisible()).isFalse();
    assertThat(progress.isIndeterminate()).isFalse();
  }
}
