package app.backoffice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {

  @TempDir Path directory;

  @AfterEach
  void forgetTheProperty() {
    System.clearProperty(StartupProbe.REPORT);
  }

  @Test
  void theReportWaitsForTheFirstScreenThenGivesTheTimeAndThisProcess() throws Exception {
    Path report = directory.resolve("shown");
    System.setProperty(StartupProbe.REPORT, report.toString());
    StackPane root = new StackPane();

    Stage stage =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Stage window = new Stage();
                  window.setScene(new Scene(root, 300, 200));
                  StartupProbe.watch(window);
                  window.show();
                  return window;
                })
            .get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(report).doesNotExist();

    // The navigator's empty layer comes first; the report waits for a screen of the door.
    WaitForAsyncUtils.asyncFx(() -> root.getChildren().add(new StackPane()));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(report).doesNotExist();

    WaitForAsyncUtils.asyncFx(
        () -> {
          StackPane door = new StackPane(new Label("Sign in"));
          door.getStyleClass().add("door");
          root.getChildren().add(door);
        });
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(report));

    assertThat(Files.readString(report))
        .matches("shown-ms=\\d+ cpu-ms=\\d+ pid=" + ProcessHandle.current().pid() + "\\R");
    WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
  }
}
