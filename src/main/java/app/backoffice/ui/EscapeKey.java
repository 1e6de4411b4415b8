package app.backoffice.ui;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Escape presses the screen's cancel button while the cursor is in a text field, as it does
 * everywhere else on the screen.
 *
 * <p>A JavaFX text field that has a {@link javafx.scene.control.TextFormatter} keeps Escape for
 * itself, to undo an edit it has not committed, so the cancel button never hears it; every field
 * here has a formatter that bounds what it holds. None of them commits a value, so there is no edit
 * that Escape could undo.
 */
public final class EscapeKey {

  /** One instance, so that installing the rule a second time can remove the first. */
  private static final EventHandler<KeyEvent> RULE = EscapeKey::onKey;

  private EscapeKey() {}

  /** Installs the rule on a scene; harmless to call twice. */
  public static void pressesCancelButton(Scene scene) {
    scene.removeEventFilter(KeyEvent.KEY_PRESSED, RULE);
    scene.addEventFilter(KeyEvent.KEY_PRESSED, RULE);
  }

  private static void onKey(KeyEvent event) {
    if (event.getCode() != KeyCode.ESCAPE
        || !(event.getTarget() instanceof TextInputControl field)
        || field.getScene() == null) {
      return;
    }
    EnterKey.shownButton(field.getScene().getRoot(), Button::isCancelButton)
        .ifPresent(
            button -> {
              event.consume();
              button.fire();
            });
  }
}
