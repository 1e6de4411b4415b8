package app.backoffice.auth;

import app.backoffice.store.HashedRecoveryCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time recovery codes: ten per user, each ten characters of Crockford's base32 (50 random
 * bits), shown as {@code xxxxx-xxxxx}.
 *
 * <p>They are stored as salted SHA-256 hashes. Their entropy makes a slow hash unnecessary, and a
 * fast one keeps a sign-in with a recovery code as quick as one with a TOTP code.
 */
public final class RecoveryCodes {

  public static final int COUNT = 10;
  static final int LENGTH = 10;
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final int SALT_BYTES = 16;

  private final SecureRandom random;

  public RecoveryCodes(SecureRandom random) {
    this.random = random;
  }

  /** A fresh set of codes, formatted for people. */
  public List<String> generate() {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder(LENGTH + 1);
      for (int c = 0; c < LENGTH; c++) {
        if (c == LENGTH / 2) {
          code.append('-');
        }
        code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return List.copyOf(codes);
  }

  public HashedRecoveryCode hash(String code) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    String normalized = normalize(code).orElseThrow(IllegalArgumentException::new);
    return new HashedRecoveryCode(salt, digest(salt, normalized));
  }

  /** Whether a normalised code is the one behind a stored hash. */
  public static boolean matches(String normalized, HashedRecoveryCode stored) {
    return MessageDigest.isEqual(digest(stored.salt(), normalized), stored.hash());
  }

  /**
   * The canonical form of what a person typed: no spaces or hyphens, lower case, and the letters
   * that look like digits read as those digits. Empty when it cannot be a recovery code.
   */
  public static Optional<String> normalize(String typed) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (char c : typed.toLowerCase(Locale.ROOT).toCharArray()) {
      char mapped =
          switch (c) {
            case 'o' -> '0';
            case 'i', 'l' -> '1';
            default -> c;
          };
      if (c == ' ' || c == '-') {
        continue;
      }
      if (ALPHABET.indexOf(mapped) < 0 || code.length() == LENGTH) {
        return Optional.empty();
      }
      code.append(mapped);
    }
    return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
  }

  private static byte[] digest(byte[] salt, String normalized) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(salt);
      return sha256.digest(normalized.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
