-- Version 3: import history with undo. An import keeps the ticket and change
-- versions it replaced (ticket_versions / change_versions, keyed by the replacing
-- import), so undoing it can put them back; saved column mappings; per-import
-- mapping, data-quality notes, who, file size and undo time.
-- A column added to tickets or changes later must be added to its versions table too.
ALTER TABLE imports ADD COLUMN mapping JSON;
ALTER TABLE imports ADD COLUMN notes VARCHAR[];
ALTER TABLE imports ADD COLUMN user_name VARCHAR;
ALTER TABLE imports ADD COLUMN file_bytes BIGINT;
ALTER TABLE imports ADD COLUMN undone_at TIMESTAMPTZ;

CREATE TABLE ticket_versions AS SELECT * FROM tickets LIMIT 0;
ALTER TABLE ticket_versions ADD COLUMN replaced_by INTEGER;

CREATE TABLE change_versions AS SELECT * FROM changes LIMIT 0;
ALTER TABLE change_versions ADD COLUMN replaced_by INTEGER;

CREATE TABLE mappings (
    name VARCHAR PRIMARY KEY,
    spec JSON NOT NULL,
    saved_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
