package app.backoffice.auth;

import java.util.Optional;

/** Hashes passwords for storage and checks them. Implementations take the same time for both. */
public interface PasswordHasher {

  /** A new salted hash of a normalised password of at most 72 UTF-8 bytes, without NUL. */
  String hash(String password);

  /**
   * Whether the password matches the hash. A malformed hash is a mismatch, never an error. With no
   * hash (an unknown email) the check still runs against a dummy hash, so that it takes as long.
   */
  boolean matches(String password, Optional<String> hash);

  /** Whether a hash was made with weaker settings than this hasher's and should be replaced. */
  boolean needsRehash(String hash);
}
