package app.backoffice.store;

import java.time.Instant;
import java.util.Optional;

/** Which audit records to read: newest first, at most {@code limit} of them. */
public record AuditQuery(Optional<String> email, Optional<Instant> since, int limit) {

  public AuditQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
  }
}
