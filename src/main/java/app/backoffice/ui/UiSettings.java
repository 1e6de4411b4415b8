package app.backoffice.ui;

import java.util.Locale;
import java.util.Map;

/**
 * How the screens behave, as the administrator configured them.
 *
 * @param twoFactorRequired users without 2FA must enrol before they reach anything else
 */
public record UiSettings(boolean twoFactorRequired) {

  public static final UiSettings DEFAULT = new UiSettings(false);

  /** The environment variable that makes 2FA mandatory when it is {@code true}. */
  public static final String REQUIRE_TWO_FACTOR = "BACKOFFICE_REQUIRE_2FA";

  /**
   * The settings the environment gives; unset variables keep the defaults.
   *
   * @throws IllegalArgumentException with a sentence naming the variable and the accepted values
   */
  public static UiSettings fromEnvironment(Map<String, String> environment) {
    String value = environment.get(REQUIRE_TWO_FACTOR);
    if (value == null || value.isBlank()) {
      return DEFAULT;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1" -> new UiSettings(true);
      case "false", "no", "0" -> new UiSettings(false);
      default ->
          throw new IllegalArgumentException(
              REQUIRE_TWO_FACTOR + " must be true or false, not \"" + value.strip() + "\".");
    };
  }
}
