-- Stores the typed tickets that can be stored (the last row wins for a repeated id),
-- with each caller's previous ticket worked out over this file and the stored tickets
-- of the same callers together (stored ones join the window only to be looked back at).
INSERT INTO tickets (
    ticket_id, source, created_at, first_response_at, resolved_at, closed_at, sla_due_at, sla_met,
    caller_id, client, site, agent, team, channel, priority, category, subcategory, service, status,
    reopen_count, reassignment_count, contact_count, first_contact_resolved, caused_by_change,
    related_change, csat_score, csat_scale, subject, extra, import_id,
    prev_caller_ticket_at)
-- Only row numbers and (id, caller, time) go through the aggregate and the window, not
-- whole rows: less memory under an upload's memory limit, and faster.
WITH latest AS (
    SELECT max(rowid) AS row_id FROM import_typed WHERE ok GROUP BY ticket_id
),
previous AS (
    SELECT ticket_id, is_new,
           lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS prev
    FROM (
        SELECT t.ticket_id, t.caller_id, t.created_at, true AS is_new
        FROM import_typed t SEMI JOIN latest l ON t.rowid = l.row_id
        WHERE t.caller_id IS NOT NULL
        UNION ALL
        SELECT ticket_id, caller_id, created_at, false
        FROM tickets
        WHERE caller_id IN (SELECT caller_id FROM import_typed)
    )
    QUALIFY is_new
)
SELECT
    t.ticket_id, coalesce(t.source, $source), t.created_at, t.first_response_at, t.resolved_at, t.closed_at, t.sla_due_at, t.sla_met,
    t.caller_id, t.client, t.site, t.agent, t.team, t.channel, t.priority, t.category, t.subcategory, t.service, t.status,
    t.reopen_count, t.reassignment_count, t.contact_count, t.first_contact_resolved, t.caused_by_change,
    t.related_change, t.csat_score,
    CASE WHEN t.csat_score IS NOT NULL THEN coalesce(t.csat_scale, $default_csat_scale) END,
    t.subject, t.extra, CAST($import_id AS INTEGER), p.prev
FROM import_typed t
SEMI JOIN latest l ON t.rowid = l.row_id
LEFT JOIN previous p ON p.ticket_id = t.ticket_id
