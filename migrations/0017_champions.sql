-- Champions and the network (issue 13): the pledge and its renewals, requests for help with
-- their replies, and trusted persons a champion invites for a manager or coordinator to approve.

-- Who signed the champions' pledge for the organisation (a name, as written on the pledge).
ALTER TABLE organisations ADD COLUMN pledge_signed_by TEXT;

-- Every signing and renewal of the pledge, so the organisation's history is never overwritten.
CREATE TABLE pledge_signings (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    signed_on TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX pledge_signings_organisation ON pledge_signings (organisation_id, signed_on);

-- A trusted person asks their champion or a coordinator for help with one person's situation.
-- The person is named by reference only; the text is kept under the person's consent rules
-- (its category says which).
CREATE TABLE help_requests (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    asked_by INTEGER NOT NULL REFERENCES users (id),
    organisation_id INTEGER REFERENCES organisations (id),
    addressed_to TEXT NOT NULL CHECK (addressed_to IN ('champion', 'coordinator')),
    category TEXT NOT NULL CHECK (category IN ('story', 'plan', 'contact-details', 'housing', 'health', 'substance-use', 'justice', 'safety', 'assessments', 'notes')),
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'answered', 'closed')),
    asked_at TEXT NOT NULL,
    closed_at TEXT
);
CREATE INDEX help_requests_organisation ON help_requests (organisation_id, status);
CREATE INDEX help_requests_asker ON help_requests (asked_by, status);

-- Replies to a request for help, under the request's category.
CREATE TABLE help_request_replies (
    id INTEGER PRIMARY KEY,
    help_request_id INTEGER NOT NULL REFERENCES help_requests (id),
    user_id INTEGER NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX help_request_replies_request ON help_request_replies (help_request_id);

-- A new trusted person a champion invites from their own organisation; the account is made
-- only when a manager or coordinator approves.
CREATE TABLE trusted_person_invitations (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    display_name TEXT NOT NULL,
    email TEXT NOT NULL,
    paid TEXT NOT NULL CHECK (paid IN ('paid', 'volunteer')),
    invited_by INTEGER NOT NULL REFERENCES users (id),
    invited_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'declined')),
    decided_by INTEGER REFERENCES users (id),
    decided_at TEXT,
    user_id INTEGER REFERENCES users (id)
);
CREATE UNIQUE INDEX trusted_person_invitations_one_pending ON trusted_person_invitations (email) WHERE status = 'pending';

-- A work phone number for the champions' network directory (work contact details only).
ALTER TABLE users ADD COLUMN work_phone TEXT;

-- The collective discussion in which a trusted person was chosen (PRODUCT.md, "The world it
-- serves"): when, who took part, that the person's own view was heard and what it was (kept as
-- `story`), and the safety check made when the link was recorded.
CREATE TABLE trust_discussions (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    held_on TEXT NOT NULL,
    organisations TEXT NOT NULL DEFAULT '',
    people TEXT NOT NULL DEFAULT '',
    persons_view_heard INTEGER NOT NULL CHECK (persons_view_heard IN (0, 1)),
    persons_view TEXT NOT NULL,
    persons_view_category TEXT NOT NULL CHECK (persons_view_category = 'story'),
    safety_checked_at TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    CHECK (organisations != '' OR people != '')
);
CREATE INDEX trust_discussions_individual ON trust_discussions (individual_id);

-- The discussion a link came from, when one was recorded.
ALTER TABLE trust_links ADD COLUMN discussion_id INTEGER REFERENCES trust_discussions (id);

-- The barrier register grows up: what the barrier is, how many people it affects (a number,
-- never names), what changed as a result, and the partner organisations involved.
ALTER TABLE barriers ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE barriers ADD COLUMN people_affected INTEGER CHECK (people_affected IS NULL OR people_affected >= 0);
ALTER TABLE barriers ADD COLUMN what_changed TEXT NOT NULL DEFAULT '';
CREATE TABLE barrier_organisations (
    barrier_id INTEGER NOT NULL REFERENCES barriers (id),
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    PRIMARY KEY (barrier_id, organisation_id)
) WITHOUT ROWID;
CREATE INDEX barrier_organisations_organisation ON barrier_organisations (organisation_id);
