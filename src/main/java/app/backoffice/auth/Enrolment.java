package app.backoffice.auth;

/**
 * A 2FA enrolment in progress: a fresh secret that lives only in memory until a code from the app
 * proves it was stored, then is written with the recovery codes in one transaction. Dropping the
 * object cancels the enrolment. Only the account service makes enrolments, so a caller cannot
 * choose the secret.
 */
public final class Enrolment {

  private final long userId;
  private final String issuer;
  private final String accountName;
  private final String secret;
  private final String keyUri;

  Enrolment(long userId, String issuer, String accountName, String secret, String keyUri) {
    this.userId = userId;
    this.issuer = issuer;
    this.accountName = accountName;
    this.secret = secret;
    this.keyUri = keyUri;
  }

  long userId() {
    return userId;
  }

  /** The name authenticator apps show above the code. */
  public String issuer() {
    return issuer;
  }

  /** The account name apps show: the user's email. */
  public String accountName() {
    return accountName;
  }

  /** The secret as base32 text, for typing into an app by hand. */
  public String secret() {
    return secret;
  }

  /** The secret in groups of four characters, easier to type into an app by hand. */
  public String groupedSecret() {
    return secret.replaceAll("(.{4})(?!$)", "$1 ");
  }

  /** The {@code otpauth://} URI to show as a QR code. */
  public String keyUri() {
    return keyUri;
  }

  @Override
  public String toString() {
    return "Enrolment[" + accountName + "]";
  }
}
