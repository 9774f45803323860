-- Accounts, roles, organisations, sessions and one-time links.
-- Times are ISO 8601 UTC text; dates are YYYY-MM-DD.

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    sector TEXT NOT NULL CHECK (sector IN ('statutory', 'commissioned', 'voluntary-community', 'other')),
    pledge_signed_on TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id),
    password_hash TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    deactivated_at TEXT
);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users (id),
    role TEXT NOT NULL CHECK (role IN ('individual', 'trusted-person', 'champion', 'coordinator', 'manager')),
    PRIMARY KEY (user_id, role)
) WITHOUT ROWID;

-- Session tokens are stored only as their SHA-256 digest.
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    token_digest TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Links for first-run setup, invitations and password resets, stored only as digests.
CREATE TABLE one_time_links (
    token_digest TEXT PRIMARY KEY,
    purpose TEXT NOT NULL CHECK (purpose IN ('setup', 'invitation', 'reset')),
    user_id INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
);

-- Who changed accounts and organisations, and how. Never holds passwords or tokens.
CREATE TABLE admin_events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_user_id INTEGER REFERENCES users (id),
    action TEXT NOT NULL,
    subject_user_id INTEGER REFERENCES users (id),
    subject_organisation_id INTEGER REFERENCES organisations (id),
    detail TEXT NOT NULL DEFAULT ''
);
