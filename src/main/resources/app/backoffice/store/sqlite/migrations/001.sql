-- Version 1: users, their recovery codes and the audit log.
-- The application id marks the file as a Back Office store (the bytes "BOF1").
PRAGMA application_id = 1112491569;

CREATE TABLE users (
  id                    INTEGER PRIMARY KEY,
  email                 TEXT    NOT NULL UNIQUE,
  password_hash         TEXT    NOT NULL,
  role                  TEXT    NOT NULL CHECK (role IN ('admin', 'staff')),
  disabled              INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at            INTEGER NOT NULL,
  password_changed_at   INTEGER NOT NULL,
  totp_secret           BLOB,
  two_factor_enabled_at INTEGER,
  last_totp_step        INTEGER,
  -- An account is either enrolled with a secret or not enrolled at all, never half of it.
  CHECK ((totp_secret IS NULL) = (two_factor_enabled_at IS NULL))
);

CREATE TABLE recovery_codes (
  id      INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  salt    BLOB    NOT NULL,
  hash    BLOB    NOT NULL,
  used_at INTEGER
);

CREATE INDEX recovery_codes_by_user ON recovery_codes (user_id);

CREATE TABLE audit_log (
  id      INTEGER PRIMARY KEY,
  at      INTEGER NOT NULL,
  event   TEXT    NOT NULL,
  email   TEXT    NOT NULL,
  user_id INTEGER,
  source  TEXT    NOT NULL,
  host    TEXT    NOT NULL,
  detail  TEXT    NOT NULL
);
