-- Version 4: accounts. Users (scrypt password hashes, a role, an account manager's
-- clients), server-side sessions (only the SHA-256 of the cookie's id is kept; times
-- in epoch milliseconds so expiry is plain arithmetic on the server's clock), the
-- one-time first-admin setup tokens (hashed too) and the audit log.
-- No foreign keys: DuckDB rewrites updated rows, which referencing keys refuse.
CREATE SEQUENCE user_id_seq START 1;

CREATE TABLE users (
    user_id INTEGER PRIMARY KEY DEFAULT nextval('user_id_seq'),
    name VARCHAR NOT NULL UNIQUE,
    role VARCHAR NOT NULL CHECK (role IN ('admin', 'analyst', 'manager', 'account_manager')),
    clients VARCHAR[] NOT NULL DEFAULT [],
    password_hash VARCHAR NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    password_changed_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

CREATE TABLE sessions (
    id_hash VARCHAR PRIMARY KEY,
    user_id INTEGER NOT NULL,
    created_ms BIGINT NOT NULL,
    seen_ms BIGINT NOT NULL,
    ip VARCHAR,
    user_agent VARCHAR
);

CREATE TABLE setup_tokens (
    token_hash VARCHAR PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

CREATE SEQUENCE audit_id_seq START 1;

CREATE TABLE audit_log (
    audit_id BIGINT PRIMARY KEY DEFAULT nextval('audit_id_seq'),
    logged_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
    -- Who: a user name, 'share link #N', 'command line (USER)' or 'anonymous'.
    actor VARCHAR NOT NULL,
    role VARCHAR,
    action VARCHAR NOT NULL,
    detail JSON NOT NULL
);
