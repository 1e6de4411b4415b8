package app.backoffice.auth;

import app.backoffice.store.AuditEntry;
import app.backoffice.store.AuditEvent;
import app.backoffice.store.AuditSource;
import app.backoffice.store.Repositories;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Writes audit records stamped with this program's source and host. Details are plain notes chosen
 * by the code, never anything a person typed as a secret.
 */
final class AuditTrail {

  private final AuditSource source;
  private final String host;

  AuditTrail(AuditSource source, String host) {
    this.source = source;
    this.host = host;
  }

  void record(
      Repositories repositories,
      Instant at,
      AuditEvent event,
      String email,
      OptionalLong userId,
      String detail) {
    repositories
        .audit()
        .append(new AuditEntry(at, event, Emails.forAudit(email), userId, source, host, detail));
  }

  void record(
      Repositories repositories,
      Instant at,
      AuditEvent event,
      String email,
      long userId,
      String detail) {
    record(repositories, at, event, email, OptionalLong.of(userId), detail);
  }
}
