package app.backoffice.totp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code otpauth://} URI an authenticator app reads from a QR code: issuer, account name and
 * secret, with the algorithm, digits and period spelled out.
 */
public final class KeyUri {

  private KeyUri() {}

  /**
   * Builds the URI.
   *
   * @throws IllegalArgumentException when the issuer or account name holds a colon, which apps read
   *     as the separator between the two
   */
  public static String of(String issuer, String accountName, String secret) {
    if (issuer.indexOf(':') >= 0 || accountName.indexOf(':') >= 0) {
      throw new IllegalArgumentException("issuer and account name must not contain ':'");
    }
    return "otpauth://totp/"
        + encode(issuer)
        + ":"
        + encode(accountName)
        + "?secret="
        + secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm="
        + TotpParameters.ALGORITHM
        + "&digits="
        + TotpParameters.DIGITS
        + "&period="
        + TotpParameters.PERIOD_SECONDS;
  }

  private static String encode(String text) {
    // URLEncoder writes form encoding; apps expect %20 for a space, not '+'.
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
