-- Training, the champions' side (issue 13): a training need flagged for a trusted person by
-- their organisation's champion, a coordinator, or the trusted person themself; met when they
-- attend a session of the course. Sessions and attendance are the 0016 migration's tables,
-- which the report's `training` import fills too.
CREATE TABLE training_needs (
    id INTEGER PRIMARY KEY,
    trusted_person_id INTEGER NOT NULL REFERENCES trusted_people (id),
    course TEXT NOT NULL REFERENCES training_courses (slug),
    note TEXT NOT NULL DEFAULT '',
    flagged_by INTEGER NOT NULL REFERENCES users (id),
    flagged_as TEXT NOT NULL CHECK (flagged_as IN ('champion', 'coordinator', 'trusted-person')),
    flagged_at TEXT NOT NULL,
    met_by_session_id INTEGER REFERENCES training_sessions (id),
    met_at TEXT,
    CHECK ((met_at IS NULL) = (met_by_session_id IS NULL))
);
-- One open need per trusted person and course.
CREATE UNIQUE INDEX training_needs_one_open ON training_needs (trusted_person_id, course) WHERE met_at IS NULL;
CREATE INDEX training_needs_by_course ON training_needs (course, met_at);

