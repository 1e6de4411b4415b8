package app.backoffice.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Message labels that take no room while they have nothing to say. */
public final class Messages {

  private Messages() {}

  /** Shows {@code text} in {@code label}, hiding the label while the text is empty. */
  public static void show(Label label, ObservableStringValue text) {
    label.textProperty().bind(text);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
  }
}
