-- Version 5: share links. A link grants one client's meeting pack for one period until it
-- expires or is revoked; its token is signed with the server's secret (share_secret, one row,
-- written once by the server from node:crypto) and is never stored: it is re-derived from the
-- row. Times in epoch milliseconds, compared with the server's clock.
CREATE SEQUENCE share_link_id_seq START 1;

CREATE TABLE share_links (
    share_id INTEGER PRIMARY KEY DEFAULT nextval('share_link_id_seq'),
    client VARCHAR NOT NULL,
    -- The period, half-open [period_from, period_to) as the dashboards' filters are.
    period_from VARCHAR NOT NULL,
    period_to VARCHAR NOT NULL,
    created_ms BIGINT NOT NULL,
    expires_ms BIGINT NOT NULL,
    created_by VARCHAR NOT NULL,
    revoked_ms BIGINT,
    revoked_by VARCHAR,
    uses INTEGER NOT NULL DEFAULT 0,
    last_used_ms BIGINT
);

CREATE TABLE share_secret (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    secret VARCHAR NOT NULL
);
