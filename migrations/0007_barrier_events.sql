-- Each change of a barrier's status or level, with who made it, when and a note.
CREATE TABLE barrier_events (
    id INTEGER PRIMARY KEY,
    barrier_id INTEGER NOT NULL REFERENCES barriers (id),
    status TEXT NOT NULL,
    level TEXT,
    note TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX barrier_events_barrier ON barrier_events (barrier_id);
