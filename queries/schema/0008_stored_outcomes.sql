-- Version 8: each ticket keeps its settings-independent outcomes (resolved or not, resolution
-- and first-response hours, the score on 0..1), worked out once when it is stored instead
-- of on every request. Rows stored before this version get them when the database opens,
-- once the routines that define them exist (db.ts, import/derive_outcomes*.sql).
ALTER TABLE tickets ADD COLUMN is_resolved BOOLEAN;
ALTER TABLE tickets ADD COLUMN resolution_hours DOUBLE;
ALTER TABLE tickets ADD COLUMN first_response_hours DOUBLE;
ALTER TABLE tickets ADD COLUMN csat_normalised DOUBLE;
ALTER TABLE ticket_versions ADD COLUMN is_resolved BOOLEAN;
ALTER TABLE ticket_versions ADD COLUMN resolution_hours DOUBLE;
ALTER TABLE ticket_versions ADD COLUMN first_response_hours DOUBLE;
ALTER TABLE ticket_versions ADD COLUMN csat_normalised DOUBLE;
