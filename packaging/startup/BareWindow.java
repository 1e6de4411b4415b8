import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The yardstick for Back Office's start: the least a JavaFX FXML window costs (one label, one
 * text field, one button from BareWindow.fxml). measure-startup.sh compiles and times it.
 *
 * <p>It reports the same moment, the same way, as Back Office's StartupProbe: the first layout
 * pulse after the window is shown in which the root has content, written to the file named by
 * {@code backoffice.startup.report} as {@code shown-ms=... cpu-ms=... pid=...}; {@code
 * backoffice.startup.exit=true} closes it then. This class does not extend Application, so that it
 * starts from the class path.
 */
public final class BareWindow {

  public static void main(String[] arguments) {
    Application.launch(Window.class, arguments);
  }

  public static final class Window extends Application {

    @Override
    public void start(Stage stage) throws IOException {
      Parent root = FXMLLoader.load(BareWindow.class.getResource("BareWindow.fxml"));
      Scene scene = new Scene(root, 480, 240);
      stage.setScene(scene);
      stage.setTitle("Bare window");
      stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> watch(scene));
      stage.show();
    }

    private static void watch(Scene scene) {
      Runnable[] listener = new Runnable[1];
      listener[0] =
          () -> {
            if (scene.getRoot().getChildrenUnmodifiable().isEmpty()) {
              return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            report();
            if (Boolean.getBoolean("backoffice.startup.exit")) {
              Platform.runLater(Platform::exit);
            }
          };
      scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Measured as Back Office's StartupProbe does: from the kernel's clock ticks on Linux. */
    private static long millisSinceProcessStart() {
      try {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long startTicks = Long.parseLong(fields[22 - 3]);
        String uptime = Files.readString(Path.of("/proc/uptime"));
        double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
        return Math.round((upSeconds - startTicks / 100.0) * 1000);
      } catch (IOException | RuntimeException notLinux) {
        Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
        return Duration.between(started, Instant.now()).toMillis();
      }
    }

    private static void report() {
      String file = System.getProperty("backoffice.startup.report");
      if (file == null) {
        return;
      }
      ProcessHandle self = ProcessHandle.current();
      long millis = millisSinceProcessStart();
      try {
        Path target = Path.of(file);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        long cpuMillis = self.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        Files.writeString(
            partial, "shown-ms=" + millis + " cpu-ms=" + cpuMillis + " pid=" + self.pid() + "\n");
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
