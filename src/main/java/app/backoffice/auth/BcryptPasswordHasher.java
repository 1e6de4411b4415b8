package app.backoffice.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.function.BinaryOperator;
import org.mindrot.jbcrypt.BCrypt;

/** bcrypt through jBCrypt, at a configurable cost. */
public final class BcryptPasswordHasher implements PasswordHasher {

  /** jBCrypt's bounds for the cost: bcrypt allows 31, but jBCrypt 0.4 refuses it. */
  public static final int MIN_COST = 4;

  public static final int MAX_COST = 30;

  private final int cost;
  private final SecureRandom random;
  private final String dummyHash;
  private final BinaryOperator<String> bcrypt;

  public BcryptPasswordHasher(int cost, SecureRandom random) {
    this(cost, random, BCrypt::hashpw);
  }

  /**
   * @param bcrypt jBCrypt's {@code hashpw(password, salt or hash)}, through which every password
   *     passes: tests watch what it is given
   */
  BcryptPasswordHasher(int cost, SecureRandom random, BinaryOperator<String> bcrypt) {
    if (cost < MIN_COST || cost > MAX_COST) {
      throw new IllegalArgumentException(
          "bcrypt cost must be between " + MIN_COST + " and " + MAX_COST);
    }
    this.cost = cost;
    this.random = random;
    this.bcrypt = bcrypt;
    // Checking against a hash costs as much as hashing with its salt, whatever follows the salt,
    // so a fresh salt padded to full length makes a dummy of the right cost in no time.
    this.dummyHash = BCrypt.gensalt(cost, random) + "O".repeat(31);
  }

  @Override
  public String hash(String password) {
    String normalized = PasswordPolicy.normalize(password);
    if (!PasswordPolicy.fitsBcrypt(normalized)) {
      throw new IllegalArgumentException("bcrypt reads at most 72 bytes of a password");
    }
    if (normalized.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("bcrypt reads a password only up to a NUL character");
    }
    return bcrypt.apply(normalized, BCrypt.gensalt(cost, random));
  }

  @Override
  public boolean matches(String password, Optional<String> hash) {
    String normalized = PasswordPolicy.normalize(password);
    // jBCrypt reads only the first 72 bytes: a longer input could match a stored password that
    // it merely starts with, so it never matches. Nor does one with a NUL: jBCrypt ends the
    // password with a NUL and repeats it to fill 72 bytes, so "pw" and "pw\0pw" read alike, and no
    // stored password has one (the policy refuses control characters). bcrypt's work does not
    // depend on the password, so an empty stand-in checked against the dummy takes as long as any
    // check, and a megabyte pasted into the field is never handed to bcrypt.
    if (!PasswordPolicy.fitsBcrypt(normalized) || normalized.indexOf('\0') >= 0) {
      check("", dummyHash);
      return false;
    }
    return check(normalized, hash.orElse(dummyHash)) && hash.isPresent();
  }

  private boolean check(String password, String hash) {
    try {
      return sameText(bcrypt.apply(password, hash), hash);
    } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
      // A malformed hash, or a $2b$/$2y$ one that jBCrypt does not read: a mismatch. Spend the
      // time a real check would, so that this path cannot be told apart by timing.
      bcrypt.apply(password, dummyHash);
      return false;
    }
  }

  /** Compares in constant time, as jBCrypt's own {@code checkpw} does. */
  private static boolean sameText(String computed, String stored) {
    return MessageDigest.isEqual(
        computed.getBytes(StandardCharsets.UTF_8), stored.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean needsRehash(String hash) {
    try {
      return Integer.parseInt(hash.substring(4, 6)) < cost;
    } catch (RuntimeException e) {
      return true;
    }
  }
}
