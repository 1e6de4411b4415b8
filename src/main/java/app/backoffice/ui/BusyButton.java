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
    progress.visibleProperty().bind(busy);
  }
}
