package app.backoffice.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Hooks for measuring and training the start of the window; they do nothing unless a system
 * property asks for them.
 *
 * <ul>
 *   <li>{@value #REPORT}{@code =FILE} writes to FILE, once the first screen has been laid out in
 *       the shown window, the milliseconds since the process started and the process id, as {@code
 *       shown-ms=1234 pid=5678}. The packaging scripts read it to time a launch.
 *   <li>{@value #EXIT}{@code =true} closes the application at that moment: the run that records the
 *       class-data sharing archive of an installer image uses it to stop by itself.
 * </ul>
 *
 * <p>The moment is the first layout pulse after the window is shown in which the first screen (a
 * screen of the door: sign-in, or first run on an empty store) is in the scene: it arrives a moment
 * after the window, once the store has answered.
 */
public final class StartupProbe {

  public static final String REPORT = "backoffice.startup.report";
  public static final String EXIT = "backoffice.startup.exit";

  private static final System.Logger LOG = System.getLogger(StartupProbe.class.getName());

  private StartupProbe() {}

  /** Watches the stage if a probe property is set; call before the stage is shown. */
  public static void watch(Stage stage) {
    Optional<Path> report = Optional.ofNullable(System.getProperty(REPORT)).map(Path::of);
    boolean exit = Boolean.getBoolean(EXIT);
    if (report.isEmpty() && !exit) {
      return;
    }
    stage.addEventHandler(
        WindowEvent.WINDOW_SHOWN, shown -> whenFirstScreenIsLaidOut(stage, report, exit));
  }

  private static void whenFirstScreenIsLaidOut(Stage stage, Optional<Path> report, boolean exit) {
    Scene scene = stage.getScene();
    Runnable[] listener = new Runnable[1];
    listener[0] =
        () -> {
          Parent root = scene.getRoot();
          if (root == null || root.lookup(".door") == null) {
            return;
          }
          scene.removePostLayoutPulseListener(listener[0]);
          report.ifPresent(StartupProbe::write);
          if (exit) {
            Platform.runLater(Platform::exit);
          }
        };
    scene.addPostLayoutPulseListener(listener[0]);
  }

  /**
   * How long this process has been running. On Linux it comes from the kernel's clock ticks
   * (/proc/self/stat against /proc/uptime, 10 ms steps): Java's own start instant is computed from
   * the boot time in whole seconds and can be off by most of a second, the same in every process,
   * which would shrink every ratio towards 1.
   */
  static OptionalLong millisSinceProcessStart() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      // The fields after the command name (which may hold spaces) start with field 3, the state;
      // field 22 is the start time in clock ticks since boot, which Linux counts 100 a second.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long startTicks = Long.parseLong(fields[22 - 3]);
      String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII);
      double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
      return OptionalLong.of(Math.round((upSeconds - startTicks / 100.0) * 1000));
    } catch (IOException | RuntimeException notLinux) {
      return ProcessHandle.current().info().startInstant().stream()
          .mapToLong(started -> Duration.between(started, Instant.now()).toMillis())
          .findFirst();
    }
  }

  private static void write(Path file) {
    ProcessHandle self = ProcessHandle.current();
    OptionalLong since = millisSinceProcessStart();
    if (since.isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "Startup not reported: no process start time");
      return;
    }
    long millis = since.getAsLong();
    // The processor time spent by then, all threads together: on a machine with few cores the
    // start is bound by it, so it tells a change that does less work from a lucky run.
    long cpuMillis = self.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    String line =
        "shown-ms="
            + millis
            + " cpu-ms="
            + cpuMillis
            + " pid="
            + self.pid()
            + System.lineSeparator();
    try {
      // Written aside and moved into place, so that a script polling for the file never reads
      // half a line.
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      Files.writeString(partial, line, StandardCharsets.UTF_8);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "Startup not reported to {0}: {1}", file, e.toString());
    }
  }
}
