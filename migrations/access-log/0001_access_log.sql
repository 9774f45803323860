-- Every read or export of an individual's personal information: who, which categories,
-- when and why. Kept in its own database file beside the main one, so that logging every
-- page view never disturbs the main database's readers; append-only.
-- user_id and individual_id refer to the main database (ids there are never reused).

CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER,
    individual_id INTEGER,
    categories TEXT NOT NULL,
    action TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX access_log_individual ON access_log (individual_id, id);
CREATE INDEX access_log_user ON access_log (user_id, id);
