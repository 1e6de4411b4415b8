-- Version 2: throttling by email (for unknown emails too), and audit look-ups by user and email.
CREATE TABLE throttle (
  email        TEXT    PRIMARY KEY,
  failures     INTEGER NOT NULL,
  locks        INTEGER NOT NULL,
  locked_until INTEGER
) WITHOUT ROWID;

CREATE INDEX audit_log_by_email ON audit_log (email, at);
CREATE INDEX audit_log_by_user ON audit_log (user_id, event, at);
