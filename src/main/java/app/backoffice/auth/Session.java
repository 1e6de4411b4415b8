package app.backoffice.auth;

import app.backoffice.store.Role;
import java.time.Instant;
import java.util.Optional;

/**
 * A signed-in user. Only the auth service makes sessions, and it honours only those it made and has
 * not yet signed out: a session cannot be forged from an id and an email.
 */
public final class Session {

  private final long userId;
  private final String email;
  private final Role role;
  private final Instant signedInAt;
  private final Optional<Instant> previousSignIn;

  Session(
      long userId, String email, Role role, Instant signedInAt, Optional<Instant> previousSignIn) {
    this.userId = userId;
    this.email = email;
    this.role = role;
    this.signedInAt = signedInAt;
    this.previousSignIn = previousSignIn;
  }

  public long userId() {
    return userId;
  }

  public String email() {
    return email;
  }

  public Role role() {
    return role;
  }

  public Instant signedInAt() {
    return signedInAt;
  }

  /** When this user last signed in before this session, so that a stranger's sign-in stands out. */
  public Optional<Instant> previousSignIn() {
    return previousSignIn;
  }

  @Override
  public String toString() {
    return "Session[" + email + ", " + role.code() + "]";
  }
}
