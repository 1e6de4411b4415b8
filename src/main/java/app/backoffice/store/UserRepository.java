package app.backoffice.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The users table. Emails are passed in already normalised; lookups compare them exactly, except
 * {@link #findLookAlike}.
 */
public interface UserRepository {

  Optional<User> findByEmail(String email);

  /**
   * A user whose email looks the same as this one: whose {@linkplain
   * app.backoffice.text.Confusables#skeleton skeleton} is the same, the same email included.
   */
  Optional<User> findLookAlike(String email);

  Optional<User> findById(long id);

  /**
   * The user's TOTP secret as plain base32 text; empty without 2FA.
   *
   * @throws StoreException with {@code KEY_WRONG} when the stored secret does not decrypt
   */
  Optional<String> totpSecret(long id);

  /** Every user, ordered by email. */
  List<User> list();

  long count();

  /**
   * Adds a user.
   *
   * @throws DuplicateEmailException when a user with that email exists
   * @throws LookAlikeEmailException when a user with an email that looks the same exists
   */
  User insert(NewUser user);

  void updatePassword(long id, String passwordHash, Instant changedAt);

  /**
   * Replaces the password hash only if it is still {@code expectedHash}, for changes decided on a
   * hash read earlier: another program may have set a new password meanwhile.
   *
   * @return false when the hash had changed, and nothing was written
   */
  boolean replacePassword(long id, String expectedHash, String passwordHash, Instant changedAt);

  /** Stores the secret, the time 2FA was switched on and the step of the code that proved it. */
  void enableTwoFactor(long id, String totpSecret, Instant enabledAt, long lastTotpStep);

  /** Forgets the secret and the last step; recovery codes are the caller's to remove. */
  void disableTwoFactor(long id);

  void updateLastTotpStep(long id, long step);

  void setDisabled(long id, boolean disabled);
}
