-- The system barriers register: what blocks people, who raised it, and how far it has gone.

CREATE TABLE barriers (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('threshold', 'eligibility', 'data-sharing', 'capacity', 'policy', 'other')),
    raised_on TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('raised', 'action-plan', 'escalated', 'resolved', 'closed-unresolved')),
    level TEXT CHECK (level IN ('champion', 'coordinator', 'network-manager', 'strategic-board')),
    action_plan_on TEXT,
    escalated_on TEXT,
    resolved_on TEXT,
    organisations TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX barriers_raised ON barriers (raised_on);
