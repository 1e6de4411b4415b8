package app.backoffice.cli;

import app.backoffice.Services;
import app.backoffice.auth.BcryptPasswordHasher;
import app.backoffice.config.ConfigLookup;
import app.backoffice.config.Configuration;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the command line in-process, as a shell would, against a data directory in a temporary
 * folder: standard input is given as bytes, what the terminal answers at each prompt is queued in
 * {@link #typed}, and standard output and error are kept for the test to read.
 */
final class CliFixture {

  static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  /** The environment the configuration and the data directory are looked up in. */
  final Map<String, String> environment = new HashMap<>();

  /** What the terminal answers at the next prompts, in order; empty means there is no terminal. */
  final Deque<String> typed = new ArrayDeque<>();

  /** What opens the window when no command is given; none, as in the console launcher. */
  Optional<WindowLauncher> window = Optional.empty();

  private final Path dataDir;
  private final boolean confined;
  private String out = "";
  private String err = "";

  private CliFixture(Path dataDir, boolean confined) {
    this.dataDir = dataDir;
    this.confined = confined;
  }

  /** Uses the folder named by {@code --data-dir}, or {@code dataDir} with {@link #runIn}. */
  static CliFixture honouringDataDirOption(Path dataDir) {
    return new CliFixture(dataDir, false);
  }

  /**
   * Always uses {@code dataDir}, whatever {@code --data-dir} names: for arguments made up at
   * random, which must not create folders elsewhere.
   */
  static CliFixture confinedTo(Path dataDir) {
    return new CliFixture(dataDir, true);
  }

  int run(String stdin, String... arguments) {
    return run(stdin, StandardCharsets.UTF_8, arguments);
  }

  int run(String stdin, Charset encoding, String... arguments) {
    return run(stdin.getBytes(encoding), arguments);
  }

  int run(byte[] stdin, String... arguments) {
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    Terminal terminal = prompt -> Optional.ofNullable(typed.poll()).map(String::toCharArray);
    Cli cli =
        new Cli(
            new FixtureServices(),
            terminal,
            new ByteArrayInputStream(stdin),
            new PrintWriter(outText),
            new PrintWriter(errText),
            window);
    int status = cli.run(arguments);
    out = outText.toString();
    err = errText.toString();
    return status;
  }

  /** Runs with {@code --data-dir} naming the fixture's folder before the arguments. */
  int runIn(String stdin, String... arguments) {
    return runIn(stdin, StandardCharsets.UTF_8, arguments);
  }

  int runIn(String stdin, Charset encoding, String... arguments) {
    String[] withDir = new String[arguments.length + 2];
    withDir[0] = "--data-dir";
    withDir[1] = dataDir.toString();
    System.arraycopy(arguments, 0, withDir, 2, arguments.length);
    return run(stdin, encoding, withDir);
  }

  /** Adds a user with the password on standard input, as a script would; it must succeed. */
  void addUser(String email, String role, String password) {
    int status =
        runIn(password + "\n", "user", "add", "--email", email, "--role", role, "--password-stdin");
    if (status != 0) {
      throw new IllegalStateException("adding " + email + " failed: " + err);
    }
  }

  /** Standard output of the last run. */
  String out() {
    return out;
  }

  /** Standard error of the last run. */
  String err() {
    return err;
  }

  /**
   * The services over the fixture's folders, a fixed clock and cheap hashes. The configuration is
   * looked up in {@link #environment} and a home folder inside the data directory.
   */
  private final class FixtureServices implements ServicesFactory {
    @Override
    public Configuration configuration(Optional<Path> file) {
      return new ConfigLookup(environment, "Linux", dataDir.resolve("home")).load(file);
    }

    @Override
    public Path dataDirectory(Configuration configuration, Optional<Path> option) {
      return confined
          ? dataDir
          : DataDirectory.resolve(
                  option, configuration.dataDirectory(), environment, "Linux", dataDir)
              .path();
    }

    @Override
    public AdminServices open(
        Configuration configuration, Path directory, boolean verbose, boolean withoutKey) {
      return Services.open(
          Services.Settings.of(DataDirectory.at(directory), configuration.auth(), AuditSource.CLI)
              .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
              .withoutKey(withoutKey)
              .withHasher(random -> new BcryptPasswordHasher(4, random)));
    }
  }
}
