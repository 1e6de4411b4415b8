package app.backoffice.auth;

import app.backoffice.store.Role;
import java.time.Instant;
import java.util.Optional;

/**
 * A signed-in user.
 *
 * @param previousSignIn when this user last signed in before this session, so that a sign-in that
 *     was not theirs stands out
 */
public record Session(
    long userId, String email, Role role, Instant signedInAt, Optional<Instant> previousSignIn) {}
