package app.backoffice.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;

/**
 * A full-width button with its progress indicator laid over its right end while its work runs, so
 * that the button keeps its place and width and the form does not jump.
 */
public final class BusyButton {

  private BusyButton() {}

  public static void bind(Button button, ProgressIndicator progress, ObservableBooleanValue busy) {
    button.disableProperty().bind(busy);
    spin(progress, busy);
  }

  /**
   * Shows {@code progress} spinning while {@code busy} is set. While hidden it stays determinate: a
   * spinning indicator builds its twelve segments, each with a style of its own to parse, and a
   * timeline, when its screen is first drawn; nobody needs that until the work starts, and the
   * screen then opens that much sooner.
   */
  public static void spin(ProgressIndicator progress, ObservableBooleanValue busy) {
    progress.visibleProperty().bind(busy);
    show(progress, busy.get());
    busy.addListener((observable, was, is) -> show(progress, is));
  }

  private static void show(ProgressIndicator progress, boolean spinning) {
    progress.setProgress(spinning ? ProgressIndicator.INDETERMINATE_PROGRESS : 0);
  }
}
