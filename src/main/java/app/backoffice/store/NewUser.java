package app.backoffice.store;

import java.time.Instant;

/** What it takes to add a user: a normalised email, a bcrypt hash, a role and the time. */
public record NewUser(String email, String passwordHash, Role role, Instant createdAt) {

  @Override
  public String toString() {
    return "NewUser[email=" + email + ", role=" + role.code() + "]";
  }
}
