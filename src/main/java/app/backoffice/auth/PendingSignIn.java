package app.backoffice.auth;

import java.time.Instant;

/**
 * A sign-in whose password was right and that waits for a code. Only the auth service that issued
 * it can complete it, once, within {@link AuthService#PENDING_LIFETIME}.
 */
public final class PendingSignIn {

  private final long userId;
  private final String email;
  private final Instant issuedAt;

  PendingSignIn(long userId, String email, Instant issuedAt) {
    this.userId = userId;
    this.email = email;
    this.issuedAt = issuedAt;
  }

  long userId() {
    return userId;
  }

  public String email() {
    return email;
  }

  Instant issuedAt() {
    return issuedAt;
  }

  @Override
  public String toString() {
    return "PendingSignIn[" + email + "]";
  }
}
