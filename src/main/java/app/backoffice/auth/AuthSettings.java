package app.backoffice.auth;

import java.util.Objects;

/**
 * The auth service's settings.
 *
 * @param bcryptCost the cost of new password hashes; 12 by default
 * @param throttle how failures lock an email
 * @param issuer the name authenticator apps show above the code; no colon
 * @param twoFactorMandatory whether users must enrol before using the application
 */
public record AuthSettings(
    int bcryptCost, ThrottlePolicy throttle, String issuer, boolean twoFactorMandatory) {

  public static final int DEFAULT_BCRYPT_COST = 12;
  public static final String DEFAULT_ISSUER = "Back Office";

  public static final AuthSettings DEFAULT =
      new AuthSettings(DEFAULT_BCRYPT_COST, ThrottlePolicy.DEFAULT, DEFAULT_ISSUER, false);

  public AuthSettings {
    Objects.requireNonNull(throttle, "throttle");
    Objects.requireNonNull(issuer, "issuer");
    if (issuer.isBlank() || issuer.indexOf(':') >= 0) {
      throw new IllegalArgumentException("the issuer must be non-blank and hold no colon");
    }
  }

  public AuthSettings withBcryptCost(int cost) {
    return new AuthSettings(cost, throttle, issuer, twoFactorMandatory);
  }

  public AuthSettings withThrottle(ThrottlePolicy policy) {
    return new AuthSettings(bcryptCost, policy, issuer, twoFactorMandatory);
  }
}
