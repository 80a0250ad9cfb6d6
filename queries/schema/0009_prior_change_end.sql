-- Version 9: each ticket keeps the latest end of a change on its service (or, for a change
-- naming no service, its client) at or before it opened, so "suspected change-caused" is a
-- comparison with the window setting instead of a join with every change on each request.
-- Rows stored before this version get it when the database opens (db.ts).
ALTER TABLE tickets ADD COLUMN prior_change_end_at TIMESTAMPTZ;
ALTER TABLE ticket_versions ADD COLUMN prior_change_end_at TIMESTAMPTZ;
