package app.backoffice.totp;

/**
 * The one TOTP combination every authenticator app supports: SHA-1, six digits, a 30-second period,
 * and a 160-bit secret.
 */
public final class TotpParameters {

  public static final int DIGITS = 6;
  public static final int PERIOD_SECONDS = 30;
  public static final int SECRET_BYTES = 20;
  public static final String ALGORITHM = "SHA1";

  private TotpParameters() {}
}
