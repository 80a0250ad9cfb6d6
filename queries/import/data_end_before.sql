-- The newest ticket's creation before an import stores, or an undo removes, any (import/changed_days_moved.sql):
-- an open ticket's SLA outcome is measured against it (routines/outcome_sla.sql).
CREATE OR REPLACE TEMP TABLE import_data_end AS
SELECT max(created_at) AS instant FROM tickets
