package app.backoffice.auth;

import app.backoffice.store.AuditSource;
import java.security.SecureRandom;

/**
 * Where the services run: which program (for the audit log), on which host, and the source of
 * randomness for secrets and codes.
 */
public record ServiceContext(AuditSource source, String host, SecureRandom random) {}
