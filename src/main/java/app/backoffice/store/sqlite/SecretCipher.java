package app.backoffice.store.sqlite;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM. The user's id is bound as associated data, so a
 * ciphertext copied to another user's row does not decrypt.
 *
 * <p>Layout of a sealed secret: one version byte, a 12-byte random nonce, then the ciphertext with
 * its 16-byte tag.
 */
final class SecretCipher {

  static final int KEY_BYTES = 32;
  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  private final SecretKeySpec key;
  private final SecureRandom random;

  SecretCipher(byte[] key, SecureRandom random) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("an AES-256 key has 32 bytes");
    }
    this.key = new SecretKeySpec(key, "AES");
    this.random = random;
  }

  /** Whether this cipher works with the given key, compared in constant time. */
  boolean usesKey(byte[] other) {
    return MessageDigest.isEqual(key.getEncoded(), other);
  }

  byte[] seal(long userId, String secret) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(userId));
      byte[] ciphertext = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
      return ByteBuffer.allocate(1 + NONCE_BYTES + ciphertext.length)
          .put(VERSION)
          .put(nonce)
          .put(ciphertext)
          .array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
    }
  }

  /**
   * Decrypts a sealed secret.
   *
   * @throws WrongKeyException when the key does not fit or the ciphertext was tampered with
   */
  String open(long userId, byte[] ciphertext) {
    if (ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8 || ciphertext[0] != VERSION) {
      throw new WrongKeyException();
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(
          Cipher.DECRYPT_MODE,
          key,
          new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(ciphertext, 1, 1 + NONCE_BYTES)));
      cipher.updateAAD(associatedData(userId));
      byte[] plain =
          cipher.doFinal(ciphertext, 1 + NONCE_BYTES, ciphertext.length - 1 - NONCE_BYTES);
      return new String(plain, StandardCharsets.US_ASCII);
    } catch (AEADBadTagException e) {
      throw new WrongKeyException();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
    }
  }

  private static byte[] associatedData(long userId) {
    return ("backoffice/totp-secret/user/" + userId).getBytes(StandardCharsets.US_ASCII);
  }

  /** The ciphertext does not open with this key. */
  static final class WrongKeyException extends RuntimeException {
    WrongKeyException() {
      super("the TOTP secret does not decrypt with this key");
    }
  }
}
