package app.backoffice.totp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A second, deliberately plain RFC 6238 implementation for tests, written against the RFC rather
 * than the library the application uses, so that the two check each other.
 */
public final class ReferenceTotp {

  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private ReferenceTotp() {}

  /** The step an instant falls in, with T0 = 0 and a 30-second period. */
  public static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), 30);
  }

  /** The six-digit HMAC-SHA1 code of a base32 secret at an instant. */
  public static String codeAt(String base32Secret, Instant instant) {
    return code(base32Secret, stepAt(instant));
  }

  /** The six-digit HMAC-SHA1 code of a base32 secret for a time step. */
  public static String code(String base32Secret, long step) {
    return code(decodeBase32(base32Secret), step, "HmacSHA1", 6);
  }

  /** RFC 4226 HOTP over the step counter, with any JCA HMAC name and digit count. */
  public static String code(byte[] key, long step, String hmacAlgorithm, int digits) {
    byte[] hash = hmac(key, ByteBuffer.allocate(Long.BYTES).putLong(step).array(), hmacAlgorithm);
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    long modulus = (long) Math.pow(10, digits);
    return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulus);
  }

  /** RFC 4648 base32, padding optional. */
  public static byte[] decodeBase32(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '=') {
        break;
      }
      int value = ALPHABET.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not a base32 character");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        bytes.write((buffer >>> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] hmac(byte[] key, byte[] message, String algorithm) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      return mac.doFinal(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
