-- Separation of duties (PRODUCT.md, "Consent — the rule at the heart"): every grant of a role
-- that opens people's information (coordinator) or runs the service (manager), with who gave
-- it, when and why; and every removal of such a role. Append-only: history is never rewritten.
-- by_user_id is NULL when no account gave it (the first manager at set-up, the demo command).

CREATE TABLE role_grants (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    role TEXT NOT NULL CHECK (role IN ('coordinator', 'manager')),
    change TEXT NOT NULL CHECK (change IN ('granted', 'revoked')),
    by_user_id INTEGER REFERENCES users (id),
    at TEXT NOT NULL,
    reason TEXT NOT NULL,
    CHECK (change = 'revoked' OR length(trim(reason)) > 0)
);
CREATE INDEX role_grants_user ON role_grants (user_id, id);
