package app.backoffice.cli;

import app.backoffice.Services;
import app.backoffice.auth.AuthSettings;
import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.config.DataDirectory;
import app.backoffice.store.AuditSource;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the command line in this process, as the real program would but with a fixed clock, cheap
 * bcrypt, and a terminal that answers prompts from a queue. Without {@code --data-dir} the data
 * directory is the one given here.
 */
final class CliRunner {

  static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  /** What the terminal answers to the next prompts, in order. */
  final Deque<String> typed = new ArrayDeque<>();

  private final Path dataDir;

  CliRunner(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** The exit status and what the command wrote to standard output and standard error. */
  record Result(int status, String out, String err) {}

  Result run(String stdin, Charset encoding, String... arguments) {
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    ServicesFactory factory =
        (dir, verbose, withoutKey) ->
            Services.open(
                Services.Settings.of(
                        DataDirectory.resolve(dir, Map.of(), "Linux", dataDir),
                        AuthSettings.DEFAULT,
                        AuditSource.CLI)
                    .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .withoutKey(withoutKey)
                    .withHasher(random -> new BcryptPasswordHasher(4, random)));
    Terminal terminal = prompt -> Optional.ofNullable(typed.poll()).map(String::toCharArray);
    Cli cli =
        new Cli(
            factory,
            terminal,
            new ByteArrayInputStream(stdin.getBytes(encoding)),
            new PrintWriter(outText),
            new PrintWriter(errText),
            Optional.empty());
    int status = cli.run(arguments);
    return new Result(status, outText.toString(), errText.toString());
  }

  /** Runs with {@code --data-dir} naming this runner's data directory. */
  Result runIn(String stdin, Charset encoding, String... arguments) {
    String[] withDir = new String[arguments.length + 2];
    withDir[0] = "--data-dir";
    withDir[1] = dataDir.toString();
    System.arraycopy(arguments, 0, withDir, 2, arguments.length);
    return run(stdin, encoding, withDir);
  }

  Result runIn(String stdin, String... arguments) {
    return runIn(stdin, StandardCharsets.UTF_8, arguments);
  }

  /** Adds an administrator, the password on standard input, as an install script would. */
  Result addAdministrator(String email, String password) {
    return runIn(
        password + "\n", "user", "add", "--email", email, "--role", "admin", "--password-stdin");
  }
}
