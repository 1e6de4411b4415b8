package app.backoffice.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A user as the store holds it. The TOTP secret is the plain base32 text: the store decrypts it on
 * the way out and encrypts it on the way in.
 *
 * <p>{@link #toString()} leaves out the password hash and the secret, so that a user can be logged.
 */
public record User(
    long id,
    String email,
    String passwordHash,
    Role role,
    boolean disabled,
    Instant createdAt,
    Instant passwordChangedAt,
    Optional<String> totpSecret,
    Optional<Instant> twoFactorEnabledAt,
    OptionalLong lastTotpStep) {

  public User {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
    Objects.requireNonNull(totpSecret, "totpSecret");
    Objects.requireNonNull(twoFactorEnabledAt, "twoFactorEnabledAt");
    Objects.requireNonNull(lastTotpStep, "lastTotpStep");
  }

  public boolean twoFactorEnabled() {
    return twoFactorEnabledAt.isPresent();
  }

  @Override
  public String toString() {
    return "User[id="
        + id
        + ", email="
        + email
        + ", role="
        + role.code()
        + ", disabled="
        + disabled
        + ", twoFactorEnabled="
        + twoFactorEnabled()
        + "]";
  }
}
