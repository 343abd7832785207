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
    digest    BLOB NOT NULL,                -- SHA-256 of the canonical event, first 16 bytes
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
-- Indexes, each for a query: (ts, digest) makes events unique (equal events have equal times, so
-- this is as strict as a digest alone) and, being time-ordered, takes inserts at its end and
-- serves time ranges; (ip, ts) the burst check; (client, role, requested, granted, ts) covers the
-- report's grouping, hourly volumes and `unused`; subject serves `audit who`.
CREATE UNIQUE INDEX audit_events_event ON audit_events (ts, digest);
CREATE INDEX audit_events_ip ON audit_events (ip, ts);
CREATE INDEX audit_events_usage ON audit_events (client, role, requested, granted, ts);
CREATE INDEX audit_events_subject ON audit_events (subject);
