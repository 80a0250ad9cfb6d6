-- The SLA target hours of each priority (settings sla_target_hours), a row per priority:
-- joined on by scoped_tickets and by an import's checks.
CREATE OR REPLACE MACRO priority_sla_targets() AS TABLE
SELECT unnest(json_keys(value)) AS priority,
       TRY_CAST(value ->> unnest(json_keys(value)) AS DOUBLE) AS target_hours
FROM settings WHERE key = 'sla_target_hours'
