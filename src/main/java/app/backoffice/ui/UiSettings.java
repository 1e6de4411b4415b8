package app.backoffice.ui;

import app.backoffice.config.Configuration;
import java.time.Duration;
import java.util.Objects;

/**
 * How the screens behave, as the administrator configured them.
 *
 * @param twoFactorRequired users without 2FA must enrol before they reach anything else
 * @param kiosk full screen, closing the window signs out, only an administrator can quit
 * @param idleTimeout how long the window may go untouched before the sign-out countdown starts;
 *     zero turns idle sign-out off
 */
public record UiSettings(boolean twoFactorRequired, boolean kiosk, Duration idleTimeout) {

  /** A workstation: 2FA recommended, not required; idle sign-out after 15 minutes. */
  public static final UiSettings DEFAULT =
      new UiSettings(false, false, Configuration.WORKSTATION_IDLE_TIMEOUT);

  public UiSettings {
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (idleTimeout.isNegative()) {
      throw new IllegalArgumentException("the idle timeout cannot be negative");
    }
  }

  public UiSettings withTwoFactorRequired(boolean required) {
    return new UiSettings(required, kiosk, idleTimeout);
  }

  public UiSettings withKiosk(boolean on) {
    return new UiSettings(twoFactorRequired, on, idleTimeout);
  }

  public UiSettings withIdleTimeout(Duration timeout) {
    return new UiSettings(twoFactorRequired, kiosk, timeout);
  }
}
