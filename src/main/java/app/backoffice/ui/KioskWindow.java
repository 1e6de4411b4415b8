package app.backoffice.ui;

import javafx.application.Platform;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * A kiosk's window: full screen from the start, with no key that leaves full screen, and a close
 * request (the window manager's close button, Alt+F4) that signs out instead of quitting.
 */
final class KioskWindow {

  private KioskWindow() {}

  /**
   * @param onCloseRequest what closing does instead: sign out or clear the sign-in
   */
  static void lock(Stage stage, Runnable onCloseRequest) {
    stage.setFullScreenExitHint("");
    stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    stage.setFullScreen(true);
    stage
        .fullScreenProperty()
        .addListener(
            (observable, was, is) -> {
              // A window manager may still take it out of full screen; it goes straight back.
              if (!is && stage.isShowing()) {
                Platform.runLater(() -> stage.setFullScreen(true));
              }
            });
    stage.addEventHandler(
        WindowEvent.WINDOW_CLOSE_REQUEST,
        event -> {
          event.consume();
          onCloseRequest.run();
        });
  }
}
