package app.backoffice.cli;

import app.backoffice.config.ConfigException;
import app.backoffice.config.DataDirectoryException;
import app.backoffice.store.StoreException;
import app.backoffice.text.PlainText;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The command line: parses the arguments, runs one command and answers its exit status. Results go
 * to standard output; errors go to standard error as one plain sentence, never a stack trace.
 */
public final class Cli {

  /** Exit status of a refused or failed operation. */
  public static final int FAILED = 1;

  /** Exit status of wrong usage. */
  public static final int USAGE = 2;

  /** The most characters of another component's message that standard error repeats. */
  private static final int LONGEST_QUOTED_MESSAGE = 240;

  private static final System.Logger LOG = System.getLogger(Cli.class.getName());

  private final ServicesFactory services;
  private final Terminal terminal;
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Optional<WindowLauncher> window;
  private final CliMessages messages = new CliMessages(Locale.getDefault());
  private final UsageErrors usageErrors = new UsageErrors(messages);

  /**
   * @param window opens the window when no command is given; empty in builds without one
   */
  public Cli(
      ServicesFactory services,
      Terminal terminal,
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      Optional<WindowLauncher> window) {
    this.services = services;
    this.terminal = terminal;
    this.in = in;
    this.out = out;
    this.err = err;
    this.window = window;
  }

  public int run(String... arguments) {
    if (window.isPresent()) {
      // The usual start from a menu or a kiosk's autostart: straight to the window.
      Optional<WindowStart> start = WindowStart.read(arguments);
      if (start.isPresent()) {
        return openWindow(start.get());
      }
    }
    CommandLine line = commandLine();
    int status = line.execute(arguments);
    out.flush();
    if (out.checkError() && status == 0) {
      // A full disk or a closed pipe: the caller did not get the result it asked for.
      err.println(messages.get("error.output"));
      status = FAILED;
    }
    err.flush();
    return status;
  }

  private int openWindow(WindowStart start) {
    try {
      start.open(window.get(), messages);
      return 0;
    } catch (CliFailure e) {
      err.println(e.getMessage());
      err.flush();
      return FAILED;
    }
  }

  private CommandLine commandLine() {
    BackOfficeCommand root = new BackOfficeCommand(window, messages, services);
    CommandLine line = new CommandLine(root);
    CommandContext context =
        new CommandContext(root, messages, new PasswordInput(in, terminal, messages), out);
    line.addSubcommand(new UserCommand(context));
    line.addSubcommand(new AuditCommand(context));
    line.addSubcommand(new ConfigCommand(root, out));
    // An argument starting with @ is an email or a password, never a file to read options from.
    line.setExpandAtFiles(false);
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler(this::usageError);
    line.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> failure(exception, parseResult));
    return line;
  }

  private int usageError(ParameterException e, String[] arguments) {
    String problem =
        usageErrors
            .describe(e, List.of(arguments))
            .orElseGet(
                () -> {
                  String command = e.getCommandLine().getCommandSpec().qualifiedName();
                  String message =
                      e.getMessage() == null ? "" : e.getMessage().replaceFirst("^Error: ", "");
                  return messages.get("error.usage", sentence(message), command);
                });
    err.println(sentence(problem));
    return USAGE;
  }

  private int failure(Exception exception, ParseResult parseResult) {
    if (exception instanceof CliFailure
        || exception instanceof StoreException
        || exception instanceof DataDirectoryException
        || exception instanceof ConfigException) {
      // Refusals quote what was typed, which may be a password in the wrong place: the log gets
      // only their kind.
      LOG.log(System.Logger.Level.INFO, "Command refused ({0})", kind(exception));
      err.println(plain(exception.getMessage()));
      return FAILED;
    }
    if (exception instanceof UncheckedIOException e) {
      String reason = e.getCause().getMessage();
      err.println(
          sentence("Reading standard input failed" + (reason == null ? "" : ": " + reason))
              + " Nothing was changed.");
      return FAILED;
    }
    LOG.log(System.Logger.Level.ERROR, "Command failed unexpectedly", exception);
    err.println(messages.get("error.unexpected"));
    return FAILED;
  }

  private static String kind(Exception exception) {
    if (exception instanceof StoreException store) {
      return "store: " + store.problem();
    }
    if (exception instanceof ConfigException) {
      return "configuration";
    }
    return exception instanceof DataDirectoryException ? "data directory" : "refused";
  }

  /**
   * One line that ends like a sentence, cut short where it quotes more than a sentence should: the
   * parser's messages quote the arguments they reject, whatever their length.
   */
  private static String sentence(String message) {
    String line = PlainText.shortened(plain(message), LONGEST_QUOTED_MESSAGE);
    return line.endsWith(".") || line.endsWith("?") || line.endsWith("!") ? line : line + ".";
  }

  /** One line without control characters, whatever the input it quotes held. */
  private static String plain(String message) {
    return message == null ? "" : PlainText.oneLine(message.replaceAll("[\r\n\t]+", " ")).strip();
  }
}
