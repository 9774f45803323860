-- The cohort, trusted persons and the circle of trust.
-- History is never overwritten: status changes, link changes and handover steps are
-- recorded as rows of their own.

CREATE TABLE districts (
    slug TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    county_group TEXT NOT NULL CHECK (county_group IN ('cambridgeshire', 'peterborough'))
) WITHOUT ROWID;

INSERT INTO districts (slug, name, county_group) VALUES
    ('cambridge', 'Cambridge', 'cambridgeshire'),
    ('east-cambridgeshire', 'East Cambridgeshire', 'cambridgeshire'),
    ('fenland', 'Fenland', 'cambridgeshire'),
    ('huntingdonshire', 'Huntingdonshire', 'cambridgeshire'),
    ('south-cambridgeshire', 'South Cambridgeshire', 'cambridgeshire'),
    ('peterborough', 'Peterborough', 'peterborough');

-- The numbers behind new CF- references; only ever increases, so a reference is never reused.
CREATE TABLE reference_sequence (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_number INTEGER NOT NULL
);
INSERT INTO reference_sequence (id, last_number) VALUES (1, 0);

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
    CHECK (status != 'closed' OR (opened_on IS NOT NULL AND closed_on IS NOT NULL AND closure_reason IS NOT NULL))
);
CREATE INDEX individuals_caseload ON individuals (status, district, updated_at);
CREATE INDEX individuals_updated ON individuals (updated_at);
CREATE INDEX individuals_name ON individuals (preferred_name COLLATE NOCASE);

CREATE TABLE individual_disadvantages (
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    kind TEXT NOT NULL CHECK (kind IN ('homelessness', 'mental_health', 'substance_misuse', 'domestic_abuse', 'offending')),
    recorded_on TEXT NOT NULL,
    PRIMARY KEY (individual_id, kind)
) WITHOUT ROWID;

-- Every change of case status, with who made it and why.
CREATE TABLE individual_status_events (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    status TEXT NOT NULL CHECK (status IN ('referred', 'open', 'closed')),
    effective_on TEXT NOT NULL,
    closure_reason TEXT,
    note TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX individual_status_events_individual ON individual_status_events (individual_id);

CREATE TABLE trusted_people (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'service')),
    organisation_id INTEGER REFERENCES organisations (id),
    paid TEXT NOT NULL CHECK (paid IN ('paid', 'volunteer')),
    user_id INTEGER UNIQUE REFERENCES users (id),
    left_role_on TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX trusted_people_organisation ON trusted_people (organisation_id);

CREATE TABLE trust_links (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    trusted_person_id INTEGER NOT NULL REFERENCES trusted_people (id),
    role TEXT NOT NULL CHECK (role IN ('primary', 'backup', 'trusted', 'interim')),
    status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'ended')),
    confirmed_by_individual INTEGER NOT NULL DEFAULT 0 CHECK (confirmed_by_individual IN (0, 1)),
    how_it_came_about TEXT NOT NULL DEFAULT '',
    individuals_words TEXT NOT NULL DEFAULT '',
    introduced_by INTEGER REFERENCES trusted_people (id),
    started_on TEXT NOT NULL,
    ended_on TEXT,
    end_reason TEXT CHECK (end_reason IN ('handover', 'left-role', 'sickness', 'individual-choice', 'safety', 'other')),
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL,
    CHECK (status != 'ended' OR (ended_on IS NOT NULL AND end_reason IS NOT NULL))
);
CREATE INDEX trust_links_individual ON trust_links (individual_id, status);
CREATE INDEX trust_links_trusted_person ON trust_links (trusted_person_id, status);

-- Each change to a link (proposed, confirmed, activated, ended), so nothing is overwritten unseen.
CREATE TABLE trust_link_events (
    id INTEGER PRIMARY KEY,
    link_id INTEGER NOT NULL REFERENCES trust_links (id),
    event TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX trust_link_events_link ON trust_link_events (link_id);

CREATE TABLE unsafe_markings (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    trusted_person_id INTEGER NOT NULL REFERENCES trusted_people (id),
    reason TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    UNIQUE (individual_id, trusted_person_id)
);

-- A trusted person leaving their role: every person they walk alongside is handed over.
CREATE TABLE bulk_handovers (
    id INTEGER PRIMARY KEY,
    trusted_person_id INTEGER NOT NULL REFERENCES trusted_people (id),
    reason TEXT NOT NULL CHECK (reason IN ('left-role', 'sickness', 'other')),
    note TEXT NOT NULL DEFAULT '',
    started_by INTEGER REFERENCES users (id),
    started_at TEXT NOT NULL
);

CREATE TABLE handovers (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    outgoing_link_id INTEGER NOT NULL REFERENCES trust_links (id),
    incoming_trusted_person_id INTEGER NOT NULL REFERENCES trusted_people (id),
    incoming_link_id INTEGER REFERENCES trust_links (id),
    from_network INTEGER NOT NULL CHECK (from_network IN (0, 1)),
    why_someone_new TEXT NOT NULL DEFAULT '',
    outgoing_outcome TEXT NOT NULL CHECK (outgoing_outcome IN ('end', 'keep-as-backup')),
    stage TEXT NOT NULL CHECK (stage IN ('proposed', 'agreed', 'note-written', 'accepted', 'completed', 'cancelled')),
    note TEXT NOT NULL DEFAULT '',
    bulk_handover_id INTEGER REFERENCES bulk_handovers (id),
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL
);
CREATE INDEX handovers_individual ON handovers (individual_id);

-- Each step a handover took, with who and when.
CREATE TABLE handover_steps (
    id INTEGER PRIMARY KEY,
    handover_id INTEGER NOT NULL REFERENCES handovers (id),
    stage TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX handover_steps_handover ON handover_steps (handover_id);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    contact_on TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('in-person', 'phone', 'message', 'outreach', 'other')),
    trusted_person_id INTEGER REFERENCES trusted_people (id),
    services_involved TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL CHECK (category IN ('story', 'plan', 'contact-details', 'housing', 'health', 'substance-use',
        'justice', 'safety', 'assessments', 'notes')),
    note TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX contacts_individual ON contacts (individual_id, contact_on);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    held_on TEXT NOT NULL,
    organisations_present TEXT NOT NULL,
    coordinated_by INTEGER REFERENCES trusted_people (id),
    actions TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX meetings_individual ON meetings (individual_id, held_on);
