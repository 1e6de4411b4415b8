package app.backoffice.totp;

import java.security.SecureRandom;

/** Makes new TOTP secrets: 160 random bits as 32 base32 characters, the form apps expect. */
public final class TotpSecrets {

  private final SecureRandom random;

  public TotpSecrets(SecureRandom random) {
    this.random = random;
  }

  public String generate() {
    byte[] secret = new byte[TotpParameters.SECRET_BYTES];
    random.nextBytes(secret);
    return Base32.encode(secret);
  }
}
