-- Stores the typed tickets that can be stored (the last row wins for a repeated id),
-- with each caller's previous ticket worked out over this file and the stored tickets
-- of the same callers together (stored ones join the window only to be looked back at).
INSERT INTO tickets (
    ticket_id, source, created_at, first_response_at, resolved_at, closed_at, sla_due_at, sla_met,
    caller_id, client, site, agent, team, channel, priority, category, subcategory, service, status,
    reopen_count, reassignment_count, contact_count, first_contact_resolved, caused_by_change,
    related_change, csat_score, csat_scale, subject, extra, import_id,
    prev_caller_ticket_at)
WITH accepted AS (
    SELECT * EXCLUDE (problems, ok), true AS is_new
    FROM import_typed
    WHERE ok
    QUALIFY row_number() OVER (PARTITION BY ticket_id ORDER BY rowid DESC) = 1
),
stored_history AS (
    SELECT ticket_id, caller_id, created_at, false AS is_new
    FROM tickets
    WHERE caller_id IN (SELECT caller_id FROM import_typed)
)
SELECT
    ticket_id, coalesce(source, $source), created_at, first_response_at, resolved_at, closed_at, sla_due_at, sla_met,
    caller_id, client, site, agent, team, channel, priority, category, subcategory, service, status,
    reopen_count, reassignment_count, contact_count, first_contact_resolved, caused_by_change,
    related_change, csat_score,
    CASE WHEN csat_score IS NOT NULL THEN coalesce(csat_scale, $default_csat_scale) END,
    subject, extra, CAST($import_id AS INTEGER),
    CASE WHEN caller_id IS NOT NULL
         THEN lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) END
FROM (SELECT * FROM accepted UNION ALL BY NAME SELECT * FROM stored_history)
QUALIFY is_new
