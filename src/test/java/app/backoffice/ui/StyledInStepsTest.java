package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StyledInStepsTest {

  private final AtomicInteger shown = new AtomicInteger();
  private StackPane place;
  private Label before;

  @Start
  void start(Stage stage) {
    before = new Label("The screen before");
    place = new StackPane(before);
    Scene scene = new Scene(place, 480, 640);
    Theme.style(scene);
    stage.setScene(scene);
    stage.show();
  }

  /** A screen of some size: a card of fields, a grid, a row of buttons. */
  private static Parent screen() {
    VBox card = new VBox();
    for (int i = 0; i < 6; i++) {
      card.getChildren().add(new VBox(new Label("Field " + i), new TextField("value " + i)));
    }
    GridPane grid = new GridPane();
    for (int i = 0; i < 9; i++) {
      grid.add(new Label("cell " + i), i % 3, i / 3);
    }
    VBox.setMargin(grid, new javafx.geometry.Insets(7));
    card.getChildren().addAll(grid, new CheckBox("Remember"));
    card.getChildren().add(new HBox(new Button("Back"), new Button("Next"), new Button("Done")));
    return new StackPane(card);
  }

  /** The tree as text: every node's type, text, grid cell and margin, in order. */
  private static String describe(Node node) {
    StringBuilder text = new StringBuilder(node.getClass().getSimpleName());
    if (node instanceof Label label) {
      text.append('"').append(label.getText()).append('"');
    }
    text.append(GridPane.getColumnIndex(node)).append(GridPane.getRowIndex(node));
    text.append(VBox.getMargin(node));
    if (node instanceof Parent parent && !(node instanceof Control)) {
      text.append(
          parent.getChildrenUnmodifiable().stream()
              .map(StyledInStepsTest::describe)
              .collect(Collectors.joining(",", "[", "]")));
    }
    return text.toString();
  }

  private static boolean allStyled(Node node) {
    if (node instanceof Control control && control.getSkin() == null) {
      return false;
    }
    return !(node instanceof Parent parent)
        || node instanceof Control
        || parent.getChildrenUnmodifiable().stream().allMatch(StyledInStepsTest::allStyled);
  }

  @Test
  void theScreenComesBackWholeInItsOrderStyledAndReplacesTheOneBefore(FxRobot robot)
      throws Exception {
    Parent view = screen();
    String whole = describe(view);

    AtomicInteger enters = new AtomicInteger();
    AtomicBoolean waiting = new AtomicBoolean();
    robot.interact(
        () -> {
          before.setOnKeyPressed(event -> enters.incrementAndGet());
          StyledInSteps.swap(place, view, () -> true, shown::incrementAndGet);
          // Not all at once: until the next frames the screen is hidden, the one before there.
          waiting.set(
              shown.get() == 0 && !view.isVisible() && place.getChildren().contains(before));
          // Meanwhile the screen before takes no keys: a second Enter must not resubmit it.
          Event.fireEvent(
              before,
              new KeyEvent(
                  KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
        });
    assertThat(waiting).isTrue();
    assertThat(enters.get()).isZero();

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown.get() == 1);
    assertThat(place.getChildren()).containsExactly(view);
    assertThat(view.isVisible()).isTrue();
    assertThat(describe(view)).isEqualTo(whole);
    assertThat(allStyled(view)).isTrue();
  }

  @Test
  void aScreenNoLongerWantedIsTakenOutAndNeverShown(FxRobot robot) throws Exception {
    AtomicBoolean wanted = new AtomicBoolean(true);
    Parent view = screen();

    robot.interact(
        () -> {
          StyledInSteps.swap(place, view, wanted::get, shown::incrementAndGet);
          // Another screen is asked for before the next frame.
          wanted.set(false);
        });

    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !place.getChildren().contains(view));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(shown.get()).isZero();
  }

  @Test
  void aSmallScreenIsShownAtOnce(FxRobot robot) {
    Label small = new Label("Small");

    robot.interact(
        () -> StyledInSteps.swap(place, new StackPane(small), () -> true, shown::incrementAndGet));

    assertThat(shown.get()).isEqualTo(1);
    assertThat(small.isVisible()).isTrue();
    assertThat(place.getChildren()).doesNotContain(before);
  }
}
