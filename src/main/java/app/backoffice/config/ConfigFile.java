package app.backoffice.config;

import app.backoffice.auth.AuthSettings;
import app.backoffice.auth.ThrottlePolicy;
import app.backoffice.text.PlainText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the administrator's configuration file: one {@code key = value} per line, {@code #} or
 * {@code !} starting a comment line, UTF-8. Values are taken literally, so a Windows path needs no
 * doubled backslashes. Anything the file does not set keeps its default.
 *
 * <p>The file is checked whole before anything is used: an unknown key, a key given twice or a
 * value out of range is an error that names the file, the line and what is accepted.
 */
public final class ConfigFile {

  public static final String DATA_DIRECTORY = "data-directory";
  public static final String KIOSK = "kiosk";
  public static final String IDLE_TIMEOUT = "idle-timeout";
  public static final String REQUIRE_2FA = "require-2fa";
  public static final String ISSUER = "issuer";
  public static final String BCRYPT_COST = "bcrypt-cost";
  public static final String LOCKOUT_FAILURES = "lockout-failures";
  public static final String LOCKOUT_DURATION = "lockout-duration";
  public static final String LOCKOUT_MAX_DURATION = "lockout-max-duration";

  /** Every key the file may hold, in the order the documentation lists them. */
  public static final List<String> KEYS =
      List.of(
          DATA_DIRECTORY,
          KIOSK,
          IDLE_TIMEOUT,
          REQUIRE_2FA,
          ISSUER,
          BCRYPT_COST,
          LOCKOUT_FAILURES,
          LOCKOUT_DURATION,
          LOCKOUT_MAX_DURATION);

  /** Cost 16 already takes about five seconds a sign-in; more would look like a hang. */
  static final int MAX_BCRYPT_COST = 16;

  static final int MAX_LOCKOUT_FAILURES = 100;
  static final int MAX_ISSUER_LENGTH = 64;
  static final Duration MIN_IDLE_TIMEOUT = Duration.ofMinutes(1);
  static final Duration MAX_DURATION = Duration.ofHours(24);

  /** Far more than any real configuration; a bigger file is the wrong file. */
  static final long MAX_FILE_SIZE = 64 * 1024;

  private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*([smh])");

  private final Path file;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private record Entry(int line, String value) {}

  private ConfigFile(Path file) {
    this.file = file;
  }

  /**
   * Reads and checks a configuration file.
   *
   * @throws ConfigException naming the file, and the line where the problem is on one
   */
  public static Configuration read(Path file) {
    ConfigFile config = new ConfigFile(file.toAbsolutePath().normalize());
    config.parse(config.text());
    return config.configuration();
  }

  private String text() {
    try {
      if (Files.isDirectory(file)) {
        throw new ConfigException(
            "The configuration file " + file + " is a folder: name the file inside it.");
      }
      if (Files.size(file) > MAX_FILE_SIZE) {
        throw new ConfigException(
            "The configuration file "
                + file
                + " is larger than 64 KiB, which no configuration needs: check that it is"
                + " the right file.");
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      // Windows editors start UTF-8 files with a byte order mark.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (NoSuchFileException e) {
      throw new ConfigException("The configuration file " + file + " does not exist.", e);
    } catch (AccessDeniedException e) {
      throw new ConfigException(
          "The configuration file "
              + file
              + " cannot be read because permission was denied: make it readable for this user.",
          e);
    } catch (CharacterCodingException e) {
      throw new ConfigException(
          "The configuration file " + file + " is not UTF-8 text: save it as UTF-8.", e);
    } catch (IOException e) {
      throw new ConfigException(
          "The configuration file " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  private void parse(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      int separator = firstSeparator(line);
      if (separator < 0) {
        throw atLine(
            number,
            "\""
                + shown(line)
                + "\" is not a setting: write it as key = value, for example kiosk = true.");
      }
      String key = line.substring(0, separator).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(separator + 1).strip();
      if (!KEYS.contains(key)) {
        throw atLine(number, unknownKey(key));
      }
      Entry earlier = entries.putIfAbsent(key, new Entry(number, value));
      if (earlier != null) {
        throw atLine(
            number,
            key + " is already set on line " + earlier.line() + ": keep one of the two lines.");
      }
    }
  }

  private static int firstSeparator(String line) {
    int equals = line.indexOf('=');
    int colon = line.indexOf(':');
    if (equals < 0) {
      return colon;
    }
    return colon < 0 ? equals : Math.min(equals, colon);
  }

  private static String unknownKey(String key) {
    String known = String.join(", ", KEYS);
    Optional<String> near =
        KEYS.stream()
            .filter(candidate -> distance(candidate, key) <= 2)
            .min(Comparator.comparingInt(candidate -> distance(candidate, key)));
    return near.map(
            guess ->
                "there is no setting \""
                    + shown(key)
                    + "\"; did you mean "
                    + guess
                    + "? The settings are: "
                    + known
                    + ".")
        .orElse("there is no setting \"" + shown(key) + "\". The settings are: " + known + ".");
  }

  private Configuration configuration() {
    boolean kiosk = value(KIOSK, ConfigFile::bool).orElse(false);
    Duration idle =
        value(IDLE_TIMEOUT, ConfigFile::idleTimeout)
            .orElse(
                kiosk ? Configuration.KIOSK_IDLE_TIMEOUT : Configuration.WORKSTATION_IDLE_TIMEOUT);
    ThrottlePolicy defaults = ThrottlePolicy.DEFAULT;
    int failures =
        value(LOCKOUT_FAILURES, v -> whole(v, 1, MAX_LOCKOUT_FAILURES))
            .orElse(defaults.maxFailures());
    Duration firstLock =
        value(LOCKOUT_DURATION, v -> duration(v, Duration.ofMinutes(1), MAX_DURATION))
            .orElse(defaults.firstLock());
    Duration maxLock =
        value(LOCKOUT_MAX_DURATION, v -> duration(v, Duration.ofMinutes(1), MAX_DURATION))
            .orElse(defaults.maxLock().compareTo(firstLock) < 0 ? firstLock : defaults.maxLock());
    if (maxLock.compareTo(firstLock) < 0) {
      int line =
          entries.containsKey(LOCKOUT_MAX_DURATION)
              ? entries.get(LOCKOUT_MAX_DURATION).line()
              : entries.get(LOCKOUT_DURATION).line();
      throw atLine(
          line,
          LOCKOUT_MAX_DURATION
              + " ("
              + readable(maxLock)
              + ") must be at least "
              + LOCKOUT_DURATION
              + " ("
              + readable(firstLock)
              + "), since each further lock in a row lasts twice as long up to it.");
    }
    AuthSettings auth =
        new AuthSettings(
            value(BCRYPT_COST, v -> whole(v, AuthSettings.MIN_BCRYPT_COST, MAX_BCRYPT_COST))
                .orElse(AuthSettings.DEFAULT_BCRYPT_COST),
            new ThrottlePolicy(failures, firstLock, maxLock),
            value(ISSUER, ConfigFile::issuer).orElse(AuthSettings.DEFAULT_ISSUER));
    return new Configuration(
        Optional.of(file),
        value(DATA_DIRECTORY, ConfigFile::absolutePath),
        kiosk,
        idle,
        value(REQUIRE_2FA, ConfigFile::bool).orElse(false),
        auth);
  }

  /**
   * The settings as the file would write them, key by key in the documented order; the data
   * directory is missing when the configuration does not name one.
   */
  public static Map<String, String> written(Configuration configuration) {
    Map<String, String> lines = new LinkedHashMap<>();
    configuration.dataDirectory().ifPresent(path -> lines.put(DATA_DIRECTORY, path.toString()));
    lines.put(KIOSK, Boolean.toString(configuration.kiosk()));
    lines.put(
        IDLE_TIMEOUT, configuration.idleSignOut() ? readable(configuration.idleTimeout()) : "0");
    lines.put(REQUIRE_2FA, Boolean.toString(configuration.twoFactorRequired()));
    lines.put(ISSUER, configuration.auth().issuer());
    lines.put(BCRYPT_COST, Integer.toString(configuration.auth().bcryptCost()));
    ThrottlePolicy throttle = configuration.auth().throttle();
    lines.put(LOCKOUT_FAILURES, Integer.toString(throttle.maxFailures()));
    lines.put(LOCKOUT_DURATION, readable(throttle.firstLock()));
    lines.put(LOCKOUT_MAX_DURATION, readable(throttle.maxLock()));
    return lines;
  }

  /** The parsed value of a key the file sets; a refusal becomes an error at its line. */
  private <T> Optional<T> value(String key, Function<String, T> parser) {
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(entry.value()));
    } catch (Refused e) {
      throw atLine(
          entry.line(),
          key + " must be " + e.getMessage() + ", not \"" + shown(entry.value()) + "\".");
    }
  }

  private ConfigException atLine(int line, String problem) {
    return new ConfigException("In " + file + ", line " + line + ": " + problem);
  }

  // ---- values -----------------------------------------------------------------------------

  /** A value the parser turned down; the message says what is accepted. */
  private static final class Refused extends RuntimeException {
    Refused(String accepted) {
      super(accepted, null, false, false);
    }
  }

  /**
   * Exactly {@code true} or {@code false}, in any case, as the README documents: a yes, on or 1
   * that some readers take would leave the administrator unsure which other words mean true.
   */
  static boolean bool(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new Refused("true or false");
    };
  }

  static int whole(String value, int min, int max) {
    String accepted = "a whole number from " + min + " to " + max;
    if (!value.matches("\\d{1,9}")) {
      throw new Refused(accepted);
    }
    int number = Integer.parseInt(value);
    if (number < min || number > max) {
      throw new Refused(accepted);
    }
    return number;
  }

  static Duration idleTimeout(String value) {
    if (value.equals("0")) {
      return Duration.ZERO;
    }
    try {
      return duration(value, MIN_IDLE_TIMEOUT, MAX_DURATION);
    } catch (Refused e) {
      throw new Refused(e.getMessage() + ", or 0 to turn idle sign-out off");
    }
  }

  static Duration duration(String value, Duration min, Duration max) {
    String accepted =
        "a time from "
            + readable(min)
            + " to "
            + readable(max)
            + " written with its unit, such as 90s, 15m or 2h";
    Matcher matcher = DURATION.matcher(value.toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new Refused(accepted);
    }
    long amount = Long.parseLong(matcher.group(1));
    Duration duration =
        switch (matcher.group(2)) {
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
    if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
      throw new Refused(accepted);
    }
    return duration;
  }

  static String issuer(String value) {
    String accepted =
        "a name of 1 to " + MAX_ISSUER_LENGTH + " characters without a colon or control characters";
    if (value.isEmpty()
        || value.codePointCount(0, value.length()) > MAX_ISSUER_LENGTH
        || value.indexOf(':') >= 0
        || !PlainText.oneLine(value).equals(value)) {
      throw new Refused(accepted);
    }
    return value;
  }

  static Path absolutePath(String value) {
    String accepted = "an absolute path to a folder, such as /var/lib/backoffice";
    if (value.isEmpty() || value.indexOf('\0') >= 0) {
      throw new Refused(accepted);
    }
    try {
      Path path = Path.of(value);
      if (!path.isAbsolute()) {
        throw new Refused(accepted);
      }
      return path.normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new Refused(accepted);
    }
  }

  /** A duration as the file would write it: 90s, 15m, 2h. */
  static String readable(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }

  /** What the file said, as an error message quotes it: one line, cut short. */
  private static String shown(String text) {
    return PlainText.shortened(PlainText.oneLine(text), 60);
  }

  /** Edit distance, to suggest the key a typo meant. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
