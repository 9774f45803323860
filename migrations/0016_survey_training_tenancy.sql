-- The programme's outcomes framework (REPORTS.md, "Additions for the programme's outcomes
-- framework"): the tenancy type of a quarter's own-tenancy nights, the person's half-yearly
-- experience survey, and training sessions with who attended them.

-- Whether a quarter's own tenancy was social housing or a private let; NULL when not known
-- (or when there were no own-tenancy nights).
ALTER TABLE accommodation_quarters ADD COLUMN tenancy_type TEXT CHECK (tenancy_type IN ('social', 'private'));

-- One experience survey, answered by the person on one day (answering again that day replaces
-- it). Every answer may be left empty (NULL). Yes/no answers are 0/1; scales are 1–5
-- (5 = strongly agree). `recorded_with` says how it came in: by the person on their own pages,
-- with their trusted person or a coordinator, or by import. Stored under the `story` category.
CREATE TABLE experience_surveys (
    id INTEGER PRIMARY KEY,
    individual_id INTEGER NOT NULL REFERENCES individuals (id),
    answered_on TEXT NOT NULL,
    told_story_more_than_once INTEGER CHECK (told_story_more_than_once IN (0, 1)),
    turned_away INTEGER CHECK (turned_away IN (0, 1)),
    progress_on_priority INTEGER CHECK (progress_on_priority IN (0, 1)),
    voice_heard INTEGER CHECK (voice_heard BETWEEN 1 AND 5),
    in_control INTEGER CHECK (in_control BETWEEN 1 AND 5),
    intake_satisfaction INTEGER CHECK (intake_satisfaction BETWEEN 1 AND 5),
    recorded_with TEXT NOT NULL CHECK (recorded_with IN ('self', 'supported', 'import')),
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    UNIQUE (individual_id, answered_on)
);

-- The courses trusted persons attend; a closed list (REPORTS.md: `course`).
CREATE TABLE training_courses (
    slug TEXT PRIMARY KEY,
    name TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO training_courses (slug, name) VALUES
    ('trauma-informed-practice', 'Trauma-informed practice'),
    ('trusted-person-approach', 'The Trusted Person approach'),
    ('other', 'Other training');

-- A session of a course on a day: who provided it and how many places it had, when known.
-- An import creates a session per course and day with no provider.
CREATE TABLE training_sessions (
    id INTEGER PRIMARY KEY,
    course TEXT NOT NULL REFERENCES training_courses (slug),
    held_on TEXT NOT NULL,
    provider TEXT,
    places INTEGER CHECK (places IS NULL OR places >= 1),
    created_by INTEGER REFERENCES users (id),
    created_at TEXT NOT NULL
);

CREATE INDEX training_sessions_by_course_day ON training_sessions (course, held_on);

-- A trusted person attended a session.
CREATE TABLE training_attendance (
    session_id INTEGER NOT NULL REFERENCES training_sessions (id),
    trusted_person_id INTEGER NOT NULL REFERENCES trusted_people (id),
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (session_id, trusted_person_id)
) WITHOUT ROWID;

CREATE INDEX training_attendance_by_person ON training_attendance (trusted_person_id);
