-- Issue 15: consent reviewed in one step, and the person speaking on their own pages.

-- A renewal (or a change) is a new consent naming the one it replaces; the old one stays as
-- history and is no longer in force. A consent is replaced at most once.
ALTER TABLE consents ADD COLUMN renews_consent_id INTEGER REFERENCES consents (id);
CREATE UNIQUE INDEX consents_renews ON consents (renews_consent_id) WHERE renews_consent_id IS NOT NULL;
-- How the person said so, more exactly than `how_given` (which stays verbal, written or self-service).
ALTER TABLE consents ADD COLUMN how_channel TEXT CHECK (how_channel IN ('in-person', 'phone', 'video', 'written', 'own-page'));

-- Entries the person wrote themselves, on their own pages, in their own words.
ALTER TABLE story_entries ADD COLUMN by_the_person INTEGER NOT NULL DEFAULT 0 CHECK (by_the_person IN (0, 1));
ALTER TABLE plan_goals ADD COLUMN by_the_person INTEGER NOT NULL DEFAULT 0 CHECK (by_the_person IN (0, 1));
ALTER TABLE plan_steps ADD COLUMN by_the_person INTEGER NOT NULL DEFAULT 0 CHECK (by_the_person IN (0, 1));

-- The person questioning someone in their circle: the coordinators see it until one of them
-- marks it answered.
CREATE TABLE circle_questions (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    trust_link_id INTEGER NOT NULL REFERENCES trust_links (id),
    words TEXT NOT NULL DEFAULT '',
    asked_by INTEGER REFERENCES users (id),
    asked_at TEXT NOT NULL,
    answered_at TEXT,
    answered_by INTEGER REFERENCES users (id),
    answer TEXT NOT NULL DEFAULT ''
);
CREATE INDEX circle_questions_open ON circle_questions (answered_at, asked_at);
CREATE INDEX circle_questions_individual ON circle_questions (individual_id);
