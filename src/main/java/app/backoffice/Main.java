package app.backoffice;

import app.backoffice.cli.Cli;
import app.backoffice.cli.Terminal;
import app.backoffice.logging.Logging;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Starts Back Office: with a command it runs the command line and exits with its status; without
 * one it opens the window.
 *
 * <p>This class must not extend {@code javafx.application.Application}: started from the class
 * path, Java would then refuse to run it without JavaFX on the module path.
 */
public final class Main {

  /** The system property by which the installed console launcher says what it is. */
  static final String LAUNCHER = "backoffice.launcher";

  private Main() {}

  public static void main(String[] arguments) {
    Logging.quiet();
    Charset console = consoleCharset();
    Cli cli =
        new Cli(
            new CommandLineServices(),
            Terminal.system(),
            System.in,
            // Straight to the file descriptors: System.out would swallow a failed write, and the
            // command line must report a full disk or a closed pipe.
            new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), console)),
            new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), console), true),
            consoleLauncher() ? Optional.empty() : Optional.of(BackOfficeApp::open));
    System.exit(cli.run(arguments));
  }

  /**
   * Whether this is the installed console launcher ({@code backoffice}), which never opens the
   * window: without a command it prints the help. Its launcher sets {@value #LAUNCHER}=console.
   */
  private static boolean consoleLauncher() {
    return "console".equals(System.getProperty(LAUNCHER));
  }

  /**
   * The system's charset, except that a plain ASCII locale (LANG=C, common under cron and systemd)
   * gets UTF-8: scripts then receive addresses like jörg@example.com intact rather than as question
   * marks.
   */
  private static Charset consoleCharset() {
    Charset system = Charset.defaultCharset();
    return system.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : system;
  }
}
