package app.backoffice.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;

/** Shows a label while Caps Lock is on and one of the given fields has the focus. */
public final class CapsLockWarning {

  private CapsLockWarning() {}

  public static void watch(Host host, Label warning, Node... fields) {
    warning.setVisible(false);
    warning.managedProperty().bind(warning.visibleProperty());
    Runnable update =
        () -> {
          boolean focused = false;
          for (Node field : fields) {
            focused |= field.isFocused();
          }
          warning.setVisible(focused && host.capsLock().orElse(false));
        };
    for (Node field : fields) {
      field.focusedProperty().addListener((observable, was, is) -> update.run());
      field.addEventFilter(KeyEvent.KEY_RELEASED, event -> update.run());
    }
  }
}
