package app.backoffice.ui;

import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WritableStringValue;
import javafx.scene.control.Label;

/** Message labels that take no room while they have nothing to say. */
public final class Messages {

  private Messages() {}

  /** Shows {@code text} in {@code label}, hiding the label while the text is empty. */
  public static void show(Label label, ObservableStringValue text) {
    show(label, text, new SimpleBooleanProperty(true));
  }

  /**
   * Shows {@code text} in {@code label} while {@code here} holds, hiding the label while the text
   * is empty or the message belongs somewhere else.
   */
  public static void show(Label label, ObservableStringValue text, ObservableBooleanValue here) {
    label.textProperty().bind(text);
    label.visibleProperty().bind(label.textProperty().isNotEmpty().and(here));
    label.managedProperty().bind(label.visibleProperty());
  }

  /**
   * Empties {@code message} whenever one of {@code edited} changes: a refusal is about what was
   * submitted, and once the user edits it no longer applies.
   */
  public static void clearWhenEdited(
      WritableStringValue message, List<? extends ObservableValue<?>> edited) {
    for (ObservableValue<?> field : edited) {
      field.addListener((observable, was, is) -> message.set(""));
    }
  }
}
