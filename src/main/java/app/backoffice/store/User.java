package app.backoffice.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A user as the store holds it. The TOTP secret is not part of it: it is decrypted only when a code
 * is checked, with {@link UserRepository#totpSecret}, so that listing or managing users never needs
 * the key.
 *
 * <p>{@link #toString()} leaves out the password hash, so that a user can be logged.
 */
public record User(
    long id,
    String email,
    String passwordHash,
    Role role,
    boolean disabled,
    Instant createdAt,
    Instant passwordChangedAt,
    Optional<Instant> twoFactorEnabledAt,
    OptionalLong lastTotpStep) {

  public User {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
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
