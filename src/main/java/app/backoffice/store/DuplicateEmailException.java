package app.backoffice.store;

/** A user with this email is already in the store. */
public final class DuplicateEmailException extends RuntimeException {

  public DuplicateEmailException(String email) {
    super("A user with the email " + email + " already exists.");
  }
}
