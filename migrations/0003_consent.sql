-- The story told once, the plan, consent to share and safeguarding overrides.

-- Entries in the individual's own words. An amendment is a new row with the same entry_id
-- and the next version; old versions stay readable to those allowed.
CREATE TABLE story_entries (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    category TEXT NOT NULL CHECK (category IN ('story', 'plan', 'contact-details', 'housing', 'health', 'substance-use',
        'justice', 'safety', 'assessments', 'notes')),
    told_on TEXT NOT NULL,
    body TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    UNIQUE (entry_id, version)
);
CREATE INDEX story_entries_individual ON story_entries (individual_id, entry_id, version);

CREATE TABLE plan_goals (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    goal TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'achieved', 'set-aside')),
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX plan_goals_individual ON plan_goals (individual_id);

CREATE TABLE plan_steps (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES plan_goals (id),
    step TEXT NOT NULL,
    who TEXT NOT NULL,
    due_on TEXT,
    status TEXT NOT NULL CHECK (status IN ('to-do', 'doing', 'done')),
    updated_by INTEGER REFERENCES users (id),
    updated_at TEXT NOT NULL
);
CREATE INDEX plan_steps_goal ON plan_steps (goal_id);

-- What the individual agreed may be shared, with whom, why, until when.
CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('coordination-team', 'trusted-person', 'organisation')),
    recipient_trusted_person_id INTEGER REFERENCES trusted_people (id),
    recipient_organisation_id INTEGER REFERENCES organisations (id),
    purpose TEXT NOT NULL,
    how_given TEXT NOT NULL CHECK (how_given IN ('verbal', 'written', 'self-service')),
    given_on TEXT NOT NULL,
    review_by TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    withdrawn_on TEXT,
    withdrawn_by INTEGER REFERENCES users (id),
    withdrawn_how TEXT CHECK (withdrawn_how IN ('by-the-person', 'on-their-word')),
    CHECK ((recipient_kind = 'trusted-person') = (recipient_trusted_person_id IS NOT NULL)),
    CHECK ((recipient_kind = 'organisation') = (recipient_organisation_id IS NOT NULL))
);
CREATE INDEX consents_individual ON consents (individual_id);

CREATE TABLE consent_categories (
    consent_id INTEGER NOT NULL REFERENCES consents (id),
    category TEXT NOT NULL CHECK (category IN ('story', 'plan', 'contact-details', 'housing', 'health', 'substance-use',
        'justice', 'safety', 'assessments', 'notes')),
    PRIMARY KEY (consent_id, category)
) WITHOUT ROWID;

-- The lawful basis for holding and for sharing, recorded apart from the person's wishes.
CREATE TABLE lawful_bases (
    individual_id INTEGER PRIMARY KEY REFERENCES individuals (id),
    holding TEXT NOT NULL,
    sharing TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);

-- A coordinator opening information without consent because someone is at risk.
CREATE TABLE safeguarding_overrides (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    categories TEXT NOT NULL,
    reason TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX safeguarding_overrides_individual ON safeguarding_overrides (individual_id, user_id);

-- The access log lives in its own database file (migrations/access-log/): see AccessLog.swift.
