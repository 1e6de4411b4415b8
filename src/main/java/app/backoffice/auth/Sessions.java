package app.backoffice.auth;

import app.backoffice.store.AuditEvent;
import app.backoffice.store.Repositories;
import app.backoffice.store.User;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The sessions this program has started and not yet ended. */
final class Sessions {

  private final Set<Session> live = ConcurrentHashMap.newKeySet();
  private final AuditTrail audit;

  Sessions(AuditTrail audit) {
    this.audit = audit;
  }

  /** Starts a session: clears the email's failures and audits the sign-in. */
  Session start(Repositories repositories, User user, Instant now, String how) {
    Optional<Instant> previous =
        repositories.audit().lastSignInBefore(user.id(), now.plusMillis(1));
    repositories.throttle().clear(user.email());
    audit.record(repositories, now, AuditEvent.SIGN_IN_SUCCEEDED, user.email(), user.id(), how);
    Session session = new Session(user.id(), user.email(), user.role(), now, previous);
    live.add(session);
    return session;
  }

  /**
   * The session's user as the store holds it now.
   *
   * @throws AccountException with {@code SESSION_ENDED} when the session was signed out or never
   *     made here, or the user was disabled or removed meanwhile
   */
  User require(Repositories repositories, Session session) {
    if (!live.contains(session)) {
      throw new AccountException(AccountException.Reason.SESSION_ENDED);
    }
    return repositories
        .users()
        .findById(session.userId())
        .filter(user -> !user.disabled())
        .orElseThrow(() -> new AccountException(AccountException.Reason.SESSION_ENDED));
  }

  /** Ends a session; false when it was not live. */
  boolean end(Session session) {
    return live.remove(session);
  }
}
