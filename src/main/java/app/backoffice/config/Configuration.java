package app.backoffice.config;

import app.backoffice.auth.AuthSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the administrator configured, with the defaults filled in where the file is silent.
 *
 * @param file the file the settings came from; empty when none was found and the defaults apply
 * @param dataDirectory the data directory the file names, used when neither {@code --data-dir} nor
 *     {@code BACKOFFICE_HOME} is given
 * @param kiosk full screen, no way out but signing out, shorter idle time
 * @param idleTimeout how long a session may stay untouched before the sign-out countdown starts;
 *     zero turns idle sign-out off
 * @param twoFactorRequired users without 2FA must set it up before they reach anything else
 * @param auth the bcrypt cost, the lockout limits and the issuer name
 */
public record Configuration(
    Optional<Path> file,
    Optional<Path> dataDirectory,
    boolean kiosk,
    Duration idleTimeout,
    boolean twoFactorRequired,
    AuthSettings auth) {

  /** The idle time of a workstation when the file does not set one. */
  public static final Duration WORKSTATION_IDLE_TIMEOUT = Duration.ofMinutes(15);

  /** The idle time of a kiosk when the file does not set one. */
  public static final Duration KIOSK_IDLE_TIMEOUT = Duration.ofMinutes(2);

  /** The settings when no configuration file exists. */
  public static final Configuration DEFAULTS =
      new Configuration(
          Optional.empty(),
          Optional.empty(),
          false,
          WORKSTATION_IDLE_TIMEOUT,
          false,
          AuthSettings.DEFAULT);

  public Configuration {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Objects.requireNonNull(auth, "auth");
    if (idleTimeout.isNegative()) {
      throw new IllegalArgumentException("the idle timeout cannot be negative");
    }
  }

  /** Whether sessions end by themselves after {@link #idleTimeout()} without activity. */
  public boolean idleSignOut() {
    return !idleTimeout.isZero();
  }

  /** Where the settings came from, as a person reads it. */
  public String origin() {
    return file.map(Path::toString).orElse("built-in defaults (no configuration file found)");
  }
}
