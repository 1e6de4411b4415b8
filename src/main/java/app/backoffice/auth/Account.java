package app.backoffice.auth;

import app.backoffice.store.Role;
import java.time.Instant;
import java.util.Optional;

/** What the home page shows of the signed-in user, read fresh from the store. */
public record Account(
    String email,
    Role role,
    Optional<Instant> twoFactorEnabledAt,
    int recoveryCodesLeft,
    Instant passwordChangedAt) {

  public boolean twoFactorEnabled() {
    return twoFactorEnabledAt.isPresent();
  }
}
