package app.backoffice.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.AnchorPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * Puts a new screen into the window styled a piece at a time. The first time a screen is in a
 * scene, JavaFX makes its controls' skins and looks up their styles in one CSS pass, tens of
 * milliseconds on the FX thread for a whole screen, and no frame is drawn meanwhile. Here the
 * screen goes into its place hidden, with its larger layout panes emptied; their children come back
 * in order, a few each frame, each styled as it comes; the screen is shown, in place of the one
 * before it, once all of it is back.
 */
final class StyledInSteps {

  /** A child holding at most this many nodes comes back whole; a larger one is split further. */
  static final int PIECE = 4;

  /** How long a frame may spend bringing pieces back; at least one comes back each frame. */
  private static final long FRAME_BUDGET_NANOS = 4_000_000;

  /**
   * The panes whose children may be taken out and put back: they keep a child's layout settings
   * (margins, grid cells, anchors) on the child. A BorderPane keeps them on itself, and a control
   * owns the children its skin made.
   */
  private static final Set<Class<?>> SPLITTABLE =
      Set.of(
          Pane.class,
          VBox.class,
          HBox.class,
          StackPane.class,
          GridPane.class,
          FlowPane.class,
          TilePane.class,
          AnchorPane.class);

  private record Step(Pane parent, Node child) {}

  private final Deque<Step> steps = new ArrayDeque<>();
  private final Pane place;
  private final Parent view;
  private final BooleanSupplier wanted;
  private final Runnable shown;
  private final AnimationTimer frames;
  private final EventHandler<InputEvent> dropInput = InputEvent::consume;

  private StyledInSteps(Pane place, Parent view, BooleanSupplier wanted, Runnable shown) {
    this.place = place;
    this.view = view;
    this.wanted = wanted;
    this.shown = shown;
    this.frames = everyFrame(this::frame);
  }

  /** A timer that runs {@code work} once a frame, on the FX thread, between its start and stop. */
  static AnimationTimer everyFrame(Runnable work) {
    return new AnimationTimer() {
      @Override
      public void handle(long now) {
        work.run();
      }
    };
  }

  /** Runs {@code work} once on the FX thread, {@code frames} frames from now. */
  static void afterFrames(int frames, Runnable work) {
    int[] left = {frames};
    AnimationTimer[] timer = new AnimationTimer[1];
    timer[0] =
        everyFrame(
            () -> {
              if (--left[0] <= 0) {
                timer[0].stop();
                work.run();
              }
            });
    timer[0].start();
  }

  /**
   * Brings {@code view} into {@code place} in steps, then shows it there in place of every other
   * child and runs {@code shown}. If {@code wanted} turns false meanwhile (another screen was asked
   * for), the view is taken out again and {@code shown} does not run. A view whose visibility is
   * bound, or too small to split, is shown at once. What {@code place} showed takes no input until
   * it goes.
   */
  static void swap(Pane place, Parent view, BooleanSupplier wanted, Runnable shown) {
    StyledInSteps swap = new StyledInSteps(place, view, wanted, shown);
    if (view.visibleProperty().isBound()) {
      swap.finish();
      return;
    }
    swap.split(view);
    // The screen still showing must not take a second Enter or click meanwhile. Disabling it
    // would restyle and repaint all of it; its input is dropped instead.
    place.addEventFilter(InputEvent.ANY, swap.dropInput);
    view.setVisible(false);
    place.getChildren().add(view);
    view.applyCss();
    if (swap.steps.isEmpty()) {
      swap.finish();
    } else {
      swap.frames.start();
    }
  }

  private void split(Node node) {
    if (size(node) <= PIECE) {
      return;
    }
    if (node instanceof ScrollPane scroll) {
      // A control, but its content is the screen's own: that can come back in steps.
      if (scroll.getContent() != null) {
        split(scroll.getContent());
      }
      return;
    }
    if (node instanceof Pane pane && SPLITTABLE.contains(pane.getClass())) {
      List<Node> children = List.copyOf(pane.getChildren());
      pane.getChildren().clear();
      for (Node child : children) {
        steps.add(new Step(pane, child));
        split(child);
      }
      return;
    }
    if (node instanceof Parent parent && !(node instanceof Control)) {
      // A pane that keeps its children's places itself (a BorderPane): they stay, their own
      // children come back in steps.
      for (Node child : List.copyOf(parent.getChildrenUnmodifiable())) {
        split(child);
      }
    }
  }

  private static int size(Node node) {
    int nodes = 1;
    if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
      nodes += size(scroll.getContent());
    } else if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        nodes += size(child);
      }
    }
    return nodes;
  }

  private void frame() {
    if (!wanted.getAsBoolean()) {
      frames.stop();
      place.removeEventFilter(InputEvent.ANY, dropInput);
      place.getChildren().remove(view);
      return;
    }
    long start = System.nanoTime();
    do {
      Step step = steps.poll();
      step.parent().getChildren().add(step.child());
      step.child().applyCss();
    } while (!steps.isEmpty() && System.nanoTime() - start < FRAME_BUDGET_NANOS);
    if (steps.isEmpty()) {
      frames.stop();
      finish();
    }
  }

  private void finish() {
    place.removeEventFilter(InputEvent.ANY, dropInput);
    place.getChildren().removeIf(child -> child != view);
    if (!place.getChildren().contains(view)) {
      place.getChildren().add(view);
    }
    if (!view.visibleProperty().isBound()) {
      view.setVisible(true);
    }
    shown.run();
  }
}
