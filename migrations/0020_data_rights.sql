-- Data rights (issue 14): the history of corrected details, and the log of what the retention
-- rule erased.

-- A detail on a person's record changed through "Change details": what it was, what it became,
-- who changed it and when. The category says who may read the row (NULL: whom a related user is
-- dealing with, the preferred name and district). Never updated, except that the retention rule
-- erases the values of text fields.
CREATE TABLE record_corrections (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    field TEXT NOT NULL,
    category TEXT CHECK (category IN ('story', 'plan', 'contact-details', 'housing', 'health', 'substance-use',
        'justice', 'safety', 'assessments', 'notes')),
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    corrected_by INTEGER REFERENCES users (id),
    corrected_at TEXT NOT NULL
);
CREATE INDEX record_corrections_individual ON record_corrections (individual_id, id);

-- Each kind of information the retention rule erased from a closed record: how many values,
-- when, by whom (NULL for the command line) and how it was run, and the rule in force. Never the
-- erased content. Append-only.
CREATE TABLE retention_erasures (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    kind TEXT NOT NULL CHECK (kind IN ('identity', 'account', 'case-notes', 'story', 'plan', 'contacts', 'meetings',
        'consents', 'circle', 'handovers', 'safety', 'overrides', 'assessments', 'help-requests', 'corrections')),
    items INTEGER NOT NULL CHECK (items > 0),
    closed_on TEXT NOT NULL,
    retention_years INTEGER NOT NULL CHECK (retention_years >= 1),
    erased_by INTEGER REFERENCES users (id),
    via TEXT NOT NULL,
    erased_at TEXT NOT NULL
);
CREATE INDEX retention_erasures_individual ON retention_erasures (individual_id, id);

CREATE TRIGGER retention_erasures_no_update BEFORE UPDATE ON retention_erasures
BEGIN
    SELECT RAISE(ABORT, 'the retention log is append-only');
END;
CREATE TRIGGER retention_erasures_no_delete BEFORE DELETE ON retention_erasures
BEGIN
    SELECT RAISE(ABORT, 'the retention log is append-only');
END;
