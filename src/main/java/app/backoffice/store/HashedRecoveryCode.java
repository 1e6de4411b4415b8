package app.backoffice.store;

/** A recovery code as stored: a random salt and the SHA-256 of salt and code. */
public record HashedRecoveryCode(byte[] salt, byte[] hash) {

  public HashedRecoveryCode {
    salt = salt.clone();
    hash = hash.clone();
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public byte[] hash() {
    return hash.clone();
  }
}
