package app.backoffice.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A second Java process on the tests' own class path, running a {@code main} of the test sources.
 * Its standard output is read line by line as it comes; its standard error goes to a file.
 */
final class ChildJvm implements AutoCloseable {

  /** The line a child prints once its work is under way. */
  static final String READY = "ready";

  private final Process process;
  private final List<String> lines = new ArrayList<>();
  private final CountDownLatch ready = new CountDownLatch(1);
  private final Thread reader;

  private ChildJvm(Process process) {
    this.process = process;
    this.reader = new Thread(this::readOutput, "child-output");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code main} in a new JVM. The SQLite driver unpacks its native library into {@code
   * scratch}, so that the copies a killed child leaves behind go with the test's folder.
   */
  static ChildJvm start(Class<?> main, Path scratch, Path stderr, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Dorg.sqlite.tmpdir=" + scratch,
            "-cp",
            System.getProperty("java.class.path"),
            main.getName()));
    command.addAll(List.of(arguments));
    try {
      return new ChildJvm(
          new ProcessBuilder(command)
              .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()))
              .start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readOutput() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        synchronized (lines) {
          lines.add(line);
        }
        if (line.equals(READY)) {
          ready.countDown();
        }
      }
    } catch (IOException e) {
      // The pipe closes when the child dies; what was read stays.
    }
  }

  /** Waits for the child's {@link #READY} line; false when it did not come in time. */
  boolean awaitReady(Duration timeout) throws InterruptedException {
    return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Kills the child at once (SIGKILL on Linux) and reads what it wrote before it died. */
  void kill() throws InterruptedException {
    // Through the handle: Process.destroyForcibly also closes the pipe, and the lines the child
    // wrote just before it died, not yet read, would be lost.
    process.toHandle().destroyForcibly();
    process.waitFor();
    reader.join();
  }

  /** Waits for the child to end by itself; the exit status, or -1 after the timeout. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return -1;
    }
    reader.join();
    return process.exitValue();
  }

  /** Every line the child printed so far. */
  List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
