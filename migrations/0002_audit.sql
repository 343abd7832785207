-- scopectl catalog, schema version 2: the usage audit. Never edit a shipped migration.

-- The key of the subject HMAC, created on first use; one row.
CREATE TABLE audit_secret (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL
);

-- Distinct scope sets (sorted, space-separated), so that events store a small integer and the
-- report aggregates over a few hundred sets instead of splitting strings per event.
CREATE TABLE audit_scopesets (
    id     INTEGER PRIMARY KEY,
    scopes TEXT NOT NULL UNIQUE
);

-- One access-log event. No PHI: the subject is HMAC-SHA-256(secret, subject), never the clear id.
CREATE TABLE audit_events (
    id        INTEGER PRIMARY KEY,
    digest    BLOB NOT NULL,                -- SHA-256 of the canonical event: re-imports add nothing
    ts        INTEGER NOT NULL,             -- Unix seconds, UTC
    client    TEXT NOT NULL,
    subject   BLOB NOT NULL,                -- HMAC-SHA-256 keyed by audit_secret
    role      TEXT NOT NULL,
    ip        TEXT NOT NULL,
    requested INTEGER NOT NULL,             -- audit_scopesets.id
    granted   INTEGER NOT NULL,             -- audit_scopesets.id
    endpoint  TEXT,
    status    INTEGER
);
CREATE UNIQUE INDEX audit_events_digest ON audit_events (digest);
CREATE INDEX audit_events_ts ON audit_events (ts);
CREATE INDEX audit_events_ip ON audit_events (ip, ts);
CREATE INDEX audit_events_client ON audit_events (client, ts);
CREATE INDEX audit_events_subject ON audit_events (subject);
