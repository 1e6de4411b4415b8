package app.backoffice.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;

/**
 * Makes, out of sight and one a frame, one of each control that later screens use and the first
 * screen does not, while the first screen waits for the user. A control's first skin costs class
 * loading and first-time styling, up to about 20 ms of the FX thread each on a slow machine, which
 * would otherwise all land in the one frame that shows the screen needing them (the shell's menu
 * button, the scroll pane around the longer pages, the profile menu's items).
 */
final class Warmup {

  private static final String TEXT = "\u00b7";

  private final Deque<Supplier<Node>> samples =
      new ArrayDeque<>(
          List.of(
              () -> new MenuButton(TEXT, null, new MenuItem(TEXT)),
              () -> new ScrollPane(new Label(TEXT)),
              Warmup::menuContent,
              () -> new BorderPane(new RadioButton(TEXT)),
              () -> new GridPane(),
              () -> new Hyperlink(TEXT)));

  private final Pane place;
  private final Runnable done;
  private final AnimationTimer frames;
  private Node showing;

  private Warmup(Pane place, Runnable done) {
    this.place = place;
    this.done = done;
    this.frames = StyledInSteps.everyFrame(this::frame);
  }

  /**
   * Starts warming up inside {@code place}, which must be in a shown window's scene; {@code done}
   * runs once every sample has been made and taken out again.
   */
  static void start(Pane place, Runnable done) {
    new Warmup(place, done).frames.start();
  }

  /**
   * A menu's items get their skins when its popup is first styled, which needs no showing: the
   * popup's scene exists from the start.
   */
  private static Node menuContent() {
    ContextMenu menu = new ContextMenu(new MenuItem(TEXT), new SeparatorMenuItem());
    menu.getScene().getRoot().applyCss();
    return new Label(TEXT);
  }

  private void frame() {
    if (showing != null) {
      place.getChildren().remove(showing);
      showing = null;
    }
    Supplier<Node> next = samples.poll();
    if (next == null) {
      frames.stop();
      done.run();
      return;
    }
    showing = next.get();
    showing.setVisible(false);
    showing.setManaged(false);
    place.getChildren().add(showing);
    showing.applyCss();
  }
}
