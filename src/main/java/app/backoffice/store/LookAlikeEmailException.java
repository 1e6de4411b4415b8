package app.backoffice.store;

/**
 * A user whose email looks the same as this one, though it is not the same, is already in the
 * store. The message names only the new email, so that it can be shown to anyone.
 */
public final class LookAlikeEmailException extends RuntimeException {

  public LookAlikeEmailException(String email) {
    super("The email " + email + " looks the same as an existing user's.");
  }
}
