-- Uploaded import files waiting for the uploader to confirm after the preview.
CREATE TABLE pending_imports (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    bytes BLOB NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL
);
