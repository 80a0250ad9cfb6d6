-- Version 1 of the onecall schema: the canonical tickets and changes, the import
-- log with its rejected rows, and settings. Timestamps are TIMESTAMPTZ (instants).
CREATE TABLE tickets (
    ticket_id VARCHAR NOT NULL,
    source VARCHAR,
    created_at TIMESTAMPTZ NOT NULL,
    first_response_at TIMESTAMPTZ,
    resolved_at TIMESTAMPTZ,
    closed_at TIMESTAMPTZ,
    sla_due_at TIMESTAMPTZ,
    sla_met BOOLEAN,
    caller_id VARCHAR,
    client VARCHAR,
    site VARCHAR,
    agent VARCHAR,
    team VARCHAR,
    channel VARCHAR,
    priority VARCHAR,
    category VARCHAR,
    subcategory VARCHAR,
    service VARCHAR,
    status VARCHAR,
    reopen_count INTEGER,
    reassignment_count INTEGER,
    contact_count INTEGER,
    first_contact_resolved BOOLEAN,
    caused_by_change VARCHAR,
    related_change VARCHAR,
    csat_score DOUBLE,
    csat_scale VARCHAR,
    subject VARCHAR,
    -- Original columns the canonical model has no place for, as a JSON object.
    extra JSON,
    import_id INTEGER NOT NULL,
    -- Derived on every import: the caller's previous ticket (whatever the filters),
    -- so repeat-contact look-backs reach before a period's start without a self-join.
    prev_caller_ticket_at TIMESTAMPTZ
);

CREATE TABLE changes (
    change_id VARCHAR NOT NULL,
    service VARCHAR,
    client VARCHAR,
    planned_start TIMESTAMPTZ,
    planned_end TIMESTAMPTZ,
    actual_start TIMESTAMPTZ,
    actual_end TIMESTAMPTZ,
    outcome VARCHAR,
    summary VARCHAR,
    extra JSON,
    import_id INTEGER NOT NULL
);

CREATE SEQUENCE import_id_seq START 1;

CREATE TABLE imports (
    import_id INTEGER PRIMARY KEY,
    kind VARCHAR NOT NULL,
    file_name VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    format VARCHAR,
    -- Canonical fields the file carried: FCR only applies criteria an export has.
    columns VARCHAR[] NOT NULL,
    status VARCHAR NOT NULL,
    rows_read BIGINT,
    rows_loaded BIGINT,
    rows_rejected BIGINT,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ,
    duration_ms BIGINT,
    message VARCHAR
);

CREATE TABLE rejected_rows (
    import_id INTEGER NOT NULL,
    line BIGINT,
    column_name VARCHAR,
    reason VARCHAR NOT NULL,
    raw_line VARCHAR
);

CREATE TABLE settings (
    key VARCHAR PRIMARY KEY,
    value JSON NOT NULL
);
