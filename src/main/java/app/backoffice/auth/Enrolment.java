package app.backoffice.auth;

/**
 * A 2FA enrolment in progress: a fresh secret that lives only in memory until a code from the app
 * proves it was stored, then is written with the recovery codes in one transaction. Dropping the
 * object cancels the enrolment.
 *
 * @param keyUri the {@code otpauth://} URI to show as a QR code
 */
public record Enrolment(
    long userId, String issuer, String accountName, String secret, String keyUri) {

  /** The secret in groups of four characters, easier to type into an app by hand. */
  public String groupedSecret() {
    return secret.replaceAll("(.{4})(?!$)", "$1 ");
  }

  @Override
  public String toString() {
    return "Enrolment[" + accountName + "]";
  }
}
