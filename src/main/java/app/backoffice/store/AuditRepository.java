package app.backoffice.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The append-only audit log. */
public interface AuditRepository {

  void append(AuditEntry entry);

  /** Records matching the query, newest first. */
  List<AuditEntry> query(AuditQuery query);

  /** When the user last signed in successfully before the given instant. */
  Optional<Instant> lastSignInBefore(long userId, Instant before);
}
