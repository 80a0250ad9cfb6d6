-- The staged file's date and satisfaction text (at most $rows rows of import_source),
-- so each column's format and scale are decided from its values, not its name.
CREATE OR REPLACE TEMP TABLE import_profile_rows AS
SELECT COLUMNS('^(created_at|first_response_at|resolved_at|closed_at|sla_due_at|event_at|planned_start|planned_end|actual_start|actual_end|csat_score)$')
FROM import_source
LIMIT $rows
