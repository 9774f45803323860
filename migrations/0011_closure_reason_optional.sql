-- A closed case may have no recorded closure reason: REPORTS.md marks `closure_reason` optional
-- in the people import, so an imported closed person whose reason nobody wrote down is stored
-- with the reason unknown (NULL) rather than refused or given an invented one. Pages show
-- "reason not recorded". Closing a case in the app still asks for a reason.
--
-- SQLite cannot change a CHECK constraint in place, so `individuals` is rebuilt with the same
-- columns, constraints and indexes except that one condition. Foreign keys stay on inside the
-- migration's transaction: with them deferred, dropping the table counts every row that
-- refers to it as a violation, and putting each person back (same id) cancels that count, so
-- the transaction commits only if every reference finds its person again.

PRAGMA defer_foreign_keys = ON;

CREATE TABLE individuals_before_0011 AS SELECT * FROM individuals;

DROP TABLE individuals;

CREATE TABLE individuals (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    preferred_name TEXT NOT NULL,
    legal_name TEXT,
    date_of_birth TEXT,
    district TEXT NOT NULL REFERENCES districts (slug),
    cohort_group TEXT NOT NULL CHECK (cohort_group IN ('known-not-working', 'known-not-connected', 'not-known')),
    referral_source TEXT,
    status TEXT NOT NULL CHECK (status IN ('referred', 'open', 'closed')),
    referred_on TEXT NOT NULL,
    opened_on TEXT,
    closed_on TEXT,
    closure_reason TEXT CHECK (closure_reason IN ('moved-to-other-support', 'no-longer-needs-support', 'disengaged',
        'prison', 'hospital', 'died', 'moved-out-of-area', 'excluded', 'other')),
    eligibility_exception TEXT,
    user_id INTEGER UNIQUE REFERENCES users (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (status != 'open' OR opened_on IS NOT NULL),
    CHECK (status != 'closed' OR (opened_on IS NOT NULL AND closed_on IS NOT NULL))
);

-- Every column, in the original order: a column added since 0002 makes this fail loudly
-- instead of being lost.
INSERT INTO individuals SELECT * FROM individuals_before_0011;

DROP TABLE individuals_before_0011;

CREATE INDEX individuals_caseload ON individuals (status, district, updated_at);
CREATE INDEX individuals_updated ON individuals (updated_at);
CREATE INDEX individuals_name ON individuals (preferred_name COLLATE NOCASE);
