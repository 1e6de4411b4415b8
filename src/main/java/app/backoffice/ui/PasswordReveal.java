package app.backoffice.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/**
 * A password field with a "Show password" check box: a plain text field over the password field
 * shares its text and takes its place while the box is ticked, keeping the focus and the caret.
 */
public final class PasswordReveal {

  private PasswordReveal() {}

  public static void wire(PasswordField hidden, TextField shown, CheckBox show) {
    shown.textProperty().bindBidirectional(hidden.textProperty());
    shown.promptTextProperty().bind(hidden.promptTextProperty());
    shown.accessibleTextProperty().bind(hidden.accessibleTextProperty());
    shown.visibleProperty().bind(show.selectedProperty());
    shown.managedProperty().bind(show.selectedProperty());
    hidden.visibleProperty().bind(show.selectedProperty().not());
    hidden.managedProperty().bind(show.selectedProperty().not());
    show.selectedProperty()
        .addListener(
            (observable, was, showing) -> {
              TextField from = showing ? hidden : shown;
              TextField to = showing ? shown : hidden;
              if (from.isFocused()) {
                to.requestFocus();
                to.positionCaret(to.getText().length());
              }
            });
  }
}
