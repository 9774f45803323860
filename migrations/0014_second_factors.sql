-- Two-factor sign-in: a TOTP secret per account (RFC 6238), its recovery codes, and sign-ins
-- waiting for their second step.
--
-- The secret is stored as it is (base32 text) because verifying a code needs it: a digest
-- cannot be checked against a time-based code. Its protection is the database file itself
-- (file permissions, encrypted disks and backups; see README "Backups"), exactly as for the
-- rest of the personal data held here. confirmed_at is NULL while enrolment waits for the
-- first correct code; last_used_step stops any code being accepted twice.
CREATE TABLE second_factors (
    user_id INTEGER PRIMARY KEY REFERENCES users (id),
    secret TEXT NOT NULL,
    created_at TEXT NOT NULL,
    confirmed_at TEXT,
    last_used_step INTEGER
);

-- Ten single-use recovery codes per confirmed second factor, stored only as SHA-256 digests
-- (each code carries 50 random bits, so no slow hash is needed).
CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    code_digest TEXT NOT NULL,
    used_at TEXT
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- A password accepted, the second step not yet done: a short-lived token (digest only) that
-- allows nothing but entering a code or enrolling. purpose is 'code' or 'enrol'.
CREATE TABLE pending_sign_ins (
    token_digest TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    purpose TEXT NOT NULL CHECK (purpose IN ('code', 'enrol')),
    next_path TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX pending_sign_ins_user ON pending_sign_ins (user_id);
