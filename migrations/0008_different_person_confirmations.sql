-- A coordinator's confirmation that a register entry whose name matches someone recorded as
-- unsafe for an individual is a different person (PRODUCT.md, "Trust network": the marking
-- is about the person, not one record). Who confirmed, when, why, and which marking it answers;
-- never updated or deleted, so the record shows how the link came to be allowed.
CREATE TABLE different_person_confirmations (
    id INTEGER PRIMARY KEY,
    unsafe_marking_id INTEGER NOT NULL REFERENCES unsafe_markings (id),
    trusted_person_id INTEGER NOT NULL REFERENCES trusted_people (id),
    note TEXT NOT NULL CHECK (length(trim(note)) > 0),
    confirmed_by INTEGER REFERENCES users (id),
    confirmed_at TEXT NOT NULL,
    UNIQUE (unsafe_marking_id, trusted_person_id)
);
CREATE INDEX different_person_confirmations_person ON different_person_confirmations (trusted_person_id);
