package app.backoffice.ui;

import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * The last line of defence: an exception nobody caught is logged with its stack trace and the user
 * sees a short dialog instead of a window that silently stops working.
 */
public final class UncaughtErrors {

  private static final System.Logger LOG = System.getLogger(UncaughtErrors.class.getName());

  private final Texts texts;
  private final Path logFolder;
  private final Window owner;
  private boolean showing;

  private UncaughtErrors(Texts texts, Path logFolder, Window owner) {
    this.texts = texts;
    this.logFolder = logFolder;
    this.owner = owner;
  }

  /** Handles uncaught exceptions of every thread, the FX thread included, from now on. */
  public static void install(Texts texts, Path logFolder, Window owner) {
    UncaughtErrors handler = new UncaughtErrors(texts, logFolder, owner);
    Thread.setDefaultUncaughtExceptionHandler((thread, error) -> handler.handle(thread, error));
    if (Platform.isFxApplicationThread()) {
      Thread.currentThread()
          .setUncaughtExceptionHandler((thread, error) -> handler.handle(thread, error));
    }
  }

  private void handle(Thread thread, Throwable error) {
    LOG.log(
        System.Logger.Level.ERROR, () -> "Uncaught exception in thread " + thread.getName(), error);
    if (Platform.isFxApplicationThread()) {
      show();
    } else {
      Platform.runLater(this::show);
    }
  }

  private void show() {
    // One dialog at a time: an error that repeats on every pulse must not open a hundred.
    if (showing) {
      return;
    }
    showing = true;
    try {
      Alert alert = new Alert(Alert.AlertType.ERROR);
      alert.initOwner(owner);
      alert.setTitle(texts.get("crash.title"));
      alert.setHeaderText(texts.get("crash.header"));
      alert.setContentText(texts.format("crash.body", logFolder));
      Theme.style(alert.getDialogPane().getScene());
      alert.showAndWait();
    } finally {
      showing = false;
    }
  }
}
