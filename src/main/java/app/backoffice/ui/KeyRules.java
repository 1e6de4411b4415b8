package app.backoffice.ui;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter and Escape reach the screen's default and cancel buttons from every control, as they do in
 * Windows and GTK forms; JavaFX keeps them in two places.
 *
 * <p>Enter on a focused check box toggles it in JavaFX on Linux and Windows. On these forms that
 * undoes what the user just did: ticking "I have stored these codes" with Space and pressing Enter
 * would untick it instead of pressing Done, and "Show password" then Enter would hide the password
 * instead of signing in. Space still toggles.
 *
 * <p>Escape in a text field that has a formatter (the code fields) is taken by the field to undo an
 * edit, so the screen's Back or Cancel never hears it. The fields commit every keystroke, so there
 * is nothing to undo and Escape goes to the cancel button.
 */
public final class KeyRules {

  /** One instance, so that installing the rules a second time can remove the first. */
  private static final EventHandler<KeyEvent> RULES = KeyRules::onKey;

  private KeyRules() {}

  /** Installs both rules on a scene; harmless to call twice. */
  public static void install(Scene scene) {
    scene.removeEventFilter(KeyEvent.ANY, RULES);
    scene.addEventFilter(KeyEvent.ANY, RULES);
  }

  private static void onKey(KeyEvent event) {
    Object target = event.getTarget();
    if (event.getCode() == KeyCode.ENTER && target instanceof CheckBox box) {
      redirect(event, box, Button::isDefaultButton);
    } else if (event.getCode() == KeyCode.ESCAPE
        && target instanceof TextInputControl field
        && field.getTextFormatter() != null) {
      redirect(event, field, Button::isCancelButton);
    }
  }

  /** Fires the button that {@code role} picks on the event's screen instead of the control. */
  private static void redirect(KeyEvent event, Node control, Predicate<Button> role) {
    Optional<Button> button = button(control.getScene().getRoot(), role);
    if (button.isEmpty()) {
      return;
    }
    event.consume();
    if (event.getEventType() == KeyEvent.KEY_PRESSED) {
      button.get().fire();
    }
  }

  private static Optional<Button> button(Node root, Predicate<Button> role) {
    return root.lookupAll(".button").stream()
        .filter(Button.class::isInstance)
        .map(Button.class::cast)
        .filter(button -> role.test(button) && !button.isDisabled() && isShown(button))
        .findFirst();
  }

  private static boolean isShown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }
}
