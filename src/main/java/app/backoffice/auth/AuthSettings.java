package app.backoffice.auth;

import java.util.Objects;

/**
 * The auth service's settings.
 *
 * @param bcryptCost the cost of new password hashes: 12 by default, never below 10 (tests that want
 *     cheap hashes give the services a hasher of their own instead)
 * @param throttle how failures lock an email
 * @param issuer the name authenticator apps show above the code; no colon
 */
public record AuthSettings(int bcryptCost, ThrottlePolicy throttle, String issuer) {

  public static final int DEFAULT_BCRYPT_COST = 12;
  public static final int MIN_BCRYPT_COST = 10;
  public static final String DEFAULT_ISSUER = "Back Office";

  public static final AuthSettings DEFAULT =
      new AuthSettings(DEFAULT_BCRYPT_COST, ThrottlePolicy.DEFAULT, DEFAULT_ISSUER);

  public AuthSettings {
    Objects.requireNonNull(throttle, "throttle");
    Objects.requireNonNull(issuer, "issuer");
    if (bcryptCost < MIN_BCRYPT_COST || bcryptCost > BcryptPasswordHasher.MAX_COST) {
      throw new IllegalArgumentException(
          "the bcrypt cost must be between "
              + MIN_BCRYPT_COST
              + " and "
              + BcryptPasswordHasher.MAX_COST);
    }
    if (issuer.isBlank() || issuer.indexOf(':') >= 0) {
      throw new IllegalArgumentException("the issuer must be non-blank and hold no colon");
    }
  }

  public AuthSettings withBcryptCost(int cost) {
    return new AuthSettings(cost, throttle, issuer);
  }

  public AuthSettings withThrottle(ThrottlePolicy policy) {
    return new AuthSettings(bcryptCost, policy, issuer);
  }
}
