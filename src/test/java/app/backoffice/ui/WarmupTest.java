package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WarmupTest {

  private StackPane place;
  private Label screen;

  @Start
  void start(Stage stage) {
    screen = new Label("The screen");
    place = new StackPane(screen);
    stage.setScene(new Scene(place, 300, 200));
    stage.show();
  }

  @Test
  void samplesAreMadeOutOfSightStyledAndTakenOutAgain(FxRobot robot) throws Exception {
    AtomicBoolean done = new AtomicBoolean();
    List<Node> samples = new ArrayList<>();
    List<Boolean> outOfSight = new ArrayList<>();
    robot.interact(
        () -> {
          place
              .getChildren()
              .addListener(
                  (ListChangeListener<Node>)
                      change -> {
                        while (change.next()) {
                          for (Node added : change.getAddedSubList()) {
                            samples.add(added);
                            outOfSight.add(!added.isVisible() && !added.isManaged());
                          }
                        }
                      });
          Warmup.start(place, () -> done.set(true));
        });

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, done::get);
    assertThat(samples).hasSizeGreaterThan(3);
    assertThat(outOfSight).containsOnly(true);
    assertThat(place.getChildren()).containsExactly(screen);
  }
}
