package app.backoffice.ui;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter on a focused check box presses the screen's default button, as Windows and GTK forms do.
 *
 * <p>JavaFX lets Enter toggle a focused check box on Linux and Windows. On these forms that undoes
 * what the user just did: ticking "I have stored these codes" with Space and pressing Enter would
 * untick it instead of pressing Done, and "Show password" then Enter would hide the password
 * instead of signing in. Space still toggles.
 */
public final class EnterKey {

  private EnterKey() {}

  /** Installs the rule on a scene; harmless to call twice. */
  public static void pressesDefaultButton(Scene scene) {
    scene.removeEventFilter(KeyEvent.ANY, EnterKey::onKey);
    scene.addEventFilter(KeyEvent.ANY, EnterKey::onKey);
  }

  private static void onKey(KeyEvent event) {
    if (event.getCode() != KeyCode.ENTER || !(event.getTarget() instanceof CheckBox box)) {
      return;
    }
    event.consume();
    if (event.getEventType() == KeyEvent.KEY_PRESSED) {
      defaultButton(box.getScene().getRoot()).ifPresent(Button::fire);
    }
  }

  private static Optional<Button> defaultButton(Node root) {
    return shownButton(root, Button::isDefaultButton);
  }

  /** The first enabled button under {@code root} that is on screen and plays {@code role}. */
  static Optional<Button> shownButton(Node root, Predicate<Button> role) {
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
