package app.backoffice.auth;

import app.backoffice.store.Role;
import java.time.Instant;

/** One line of the user list an administrator sees. */
public record UserSummary(
    String email,
    Role role,
    boolean disabled,
    boolean twoFactorEnabled,
    boolean locked,
    Instant created) {}
