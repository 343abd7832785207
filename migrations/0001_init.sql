-- scopectl catalog, schema version 1. Never edit a shipped migration: add the next file.

CREATE TABLE scopes (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL               -- the current version in scope_versions
);

-- Every version of every scope; the row for scopes.version is the current definition.
CREATE TABLE scope_versions (
    scope_id    INTEGER NOT NULL REFERENCES scopes(id),
    version     INTEGER NOT NULL,
    description TEXT,
    resource    TEXT,
    actions     TEXT NOT NULL,             -- JSON array of action keywords
    sensitivity TEXT,
    owner       TEXT,
    tags        TEXT NOT NULL,             -- JSON array
    status      TEXT NOT NULL CHECK (status IN ('active', 'deprecated', 'retired')),
    replaced_by TEXT NOT NULL,             -- JSON array of scope names
    sunset      TEXT,                      -- YYYY-MM-DD
    reason      TEXT,
    created_at  TEXT NOT NULL,             -- RFC 3339 UTC
    created_by  TEXT NOT NULL,
    PRIMARY KEY (scope_id, version)
) WITHOUT ROWID;

CREATE TABLE roles (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT,
    break_glass INTEGER NOT NULL DEFAULT 0 CHECK (break_glass IN (0, 1)),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);

CREATE TABLE grants (
    role_id       INTEGER NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
    scope_id      INTEGER NOT NULL REFERENCES scopes(id),
    justification TEXT,
    expires       TEXT,                    -- YYYY-MM-DD
    granted_at    TEXT NOT NULL,
    granted_by    TEXT NOT NULL,
    PRIMARY KEY (role_id, scope_id)
) WITHOUT ROWID;
CREATE INDEX grants_by_scope ON grants (scope_id, role_id);

CREATE TABLE clients (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);

CREATE TABLE features (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    UNIQUE (client_id, name)
);

CREATE TABLE feature_scopes (
    feature_id INTEGER NOT NULL REFERENCES features(id) ON DELETE CASCADE,
    scope_id   INTEGER NOT NULL REFERENCES scopes(id),
    PRIMARY KEY (feature_id, scope_id)
) WITHOUT ROWID;
CREATE INDEX feature_scopes_by_scope ON feature_scopes (scope_id, feature_id);

-- The tamper-evident change log: hash = SHA-256(previous hash || canonical entry).
CREATE TABLE changelog (
    seq         INTEGER PRIMARY KEY,
    ts          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    command     TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity      TEXT NOT NULL,
    before      TEXT,                      -- JSON, NULL when the entity did not exist
    after       TEXT,                      -- JSON, NULL when the entity was removed
    hash        TEXT NOT NULL
);
CREATE INDEX changelog_by_entity ON changelog (entity_kind, entity);

CREATE TABLE tags (
    name       TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL,           -- the last change-log entry the tag covers
    message    TEXT,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
