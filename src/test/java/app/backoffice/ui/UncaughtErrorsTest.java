package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {

  private final Texts texts =
      new Texts(ResourceBundle.getBundle(Texts.BUNDLE, Locale.ENGLISH), ZoneOffset.UTC);
  private Thread.UncaughtExceptionHandler previousDefault;
  private Thread.UncaughtExceptionHandler previousFx;

  @Start
  void start(Stage stage) {
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
    previousDefault = Thread.getDefaultUncaughtExceptionHandler();
    previousFx = Thread.currentThread().getUncaughtExceptionHandler();
    UncaughtErrors.install(texts, Path.of("/var/log/backoffice"), stage);
  }

  @AfterEach
  void restoreHandlers() throws Exception {
    Thread.setDefaultUncaughtExceptionHandler(previousDefault);
    WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(previousFx))
        .get();
  }

  @Test
  void anExceptionNobodyCaughtShowsAShortDialogInsteadOfAStackTrace(FxRobot robot) {
    Platform.runLater(
        () -> {
          throw new IllegalStateException("a bug deep inside");
        });
    WaitForAsyncUtils.waitForFxEvents();

    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getHeaderText()).isEqualTo(texts.get("crash.header"));
    assertThat(dialog.getContentText()).contains("/var/log/backoffice");
    assertThat(dialog.getContentText()).doesNotContain("a bug deep inside", "Exception");
    Window window = dialog.getScene().getWindow();
    assertThat(((Stage) window).getTitle()).isEqualTo(texts.get("crash.title"));

    robot.clickOn(".dialog-pane .button");
    assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
  }

  @Test
  void anExceptionInABackgroundThreadAlsoReachesTheUser(FxRobot robot) throws Exception {
    Thread worker =
        new Thread(
            () -> {
              throw new IllegalStateException("a worker failed");
            });
    worker.start();
    worker.join();
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup(".dialog-pane").tryQuery()).isPresent();
    robot.clickOn(".dialog-pane .button");
  }
}
