-- Version 3: each user's email in the form where look-alike characters are one (its "skeleton"),
-- unique, so that no two accounts have addresses that look the same, whichever program adds them.
-- SQL cannot compute the skeleton: the store fills it in for existing users when it opens.
-- Unique allows several NULLs, so rows waiting for theirs do not collide.
ALTER TABLE users ADD COLUMN email_skeleton TEXT;

CREATE UNIQUE INDEX users_by_email_skeleton ON users (email_skeleton);

-- Which version of the look-alike rules (Confusables.RULES_VERSION) computed the skeletons: the
-- store recomputes them all only when it differs, not at every start. No row: none computed yet.
CREATE TABLE email_skeleton_rules (
  version INTEGER NOT NULL
);
