package app.backoffice.store;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One audit record. The detail is a short plain note and never holds a password, code, secret or
 * recovery code.
 */
public record AuditEntry(
    Instant at,
    AuditEvent event,
    String email,
    OptionalLong userId,
    AuditSource source,
    String host,
    String detail) {

  public AuditEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(detail, "detail");
  }
}
