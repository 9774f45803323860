-- Handovers carry consent, and absence is not leaving (PRODUCT.md, "Handovers" and "Absence").

-- What the person said, in their own words, when they agreed to share (a handover's consent).
ALTER TABLE consents ADD COLUMN individuals_words TEXT NOT NULL DEFAULT '';

-- The consent recorded when the person agreed to a handover: what they share with the incoming person.
ALTER TABLE handovers ADD COLUMN consent_id INTEGER REFERENCES consents (id);

-- A trusted person off sick or on leave: their links stay, the back-up acts until they return.
CREATE TABLE absences (
    id INTEGER PRIMARY KEY,
    trusted_person_id INTEGER NOT NULL REFERENCES trusted_people (id),
    kind TEXT NOT NULL CHECK (kind IN ('sickness', 'leave')),
    from_on TEXT NOT NULL,
    expected_return_on TEXT NOT NULL,
    returned_on TEXT,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    return_recorded_by INTEGER REFERENCES users (id),
    CHECK (expected_return_on >= from_on),
    CHECK (returned_on IS NULL OR returned_on >= from_on)
);
CREATE INDEX absences_trusted_person ON absences (trusted_person_id, returned_on);
-- At most one open absence per trusted person.
CREATE UNIQUE INDEX absences_one_open ON absences (trusted_person_id) WHERE returned_on IS NULL;

-- Interim cover a coordinator gave for one absence, so the return can end it in the same action.
CREATE TABLE absence_cover (
    absence_id INTEGER NOT NULL REFERENCES absences (id),
    link_id INTEGER NOT NULL REFERENCES trust_links (id),
    PRIMARY KEY (absence_id, link_id)
);
