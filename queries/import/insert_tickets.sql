-- Stores the typed tickets that can be stored (the last row wins for a repeated id),
-- with each caller's previous ticket worked out over stored tickets and this file together.
INSERT INTO tickets (
    ticket_id, source, created_at, first_response_at, resolved_at, closed_at, sla_due_at, sla_met,
    caller_id, client, site, agent, team, channel, priority, category, subcategory, service, status,
    reopen_count, reassignment_count, contact_count, first_contact_resolved, caused_by_change,
    related_change, csat_score, csat_scale, subject, extra, import_id,
    prev_caller_ticket_at, prev_caller_same_category_at)
WITH accepted AS MATERIALIZED (
    SELECT * EXCLUDE (problems)
    FROM import_typed
    WHERE ok
    QUALIFY row_number() OVER (PARTITION BY ticket_id ORDER BY row_index DESC) = 1
),
history AS (
    SELECT ticket_id, caller_id, category, created_at, true AS is_new
    FROM accepted
    WHERE caller_id IS NOT NULL
    UNION ALL
    SELECT ticket_id, caller_id, category, created_at, false
    FROM tickets
    WHERE caller_id IN (SELECT caller_id FROM accepted)
),
previous AS (
    SELECT ticket_id,
           lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS prev_any,
           lag(created_at) OVER (PARTITION BY caller_id, category ORDER BY created_at, ticket_id) AS prev_same
    FROM history
    QUALIFY is_new
)
SELECT
    t.ticket_id, coalesce(t.source, $source), t.created_at, t.first_response_at, t.resolved_at, t.closed_at, t.sla_due_at, t.sla_met,
    t.caller_id, t.client, t.site, t.agent, t.team, t.channel, t.priority, t.category, t.subcategory, t.service, t.status,
    t.reopen_count, t.reassignment_count, t.contact_count, t.first_contact_resolved, t.caused_by_change,
    t.related_change, t.csat_score,
    CASE WHEN t.csat_score IS NOT NULL THEN coalesce(t.csat_scale, $default_csat_scale) END,
    t.subject, t.extra, CAST($import_id AS INTEGER),
    p.prev_any, p.prev_same
FROM accepted t
LEFT JOIN previous p ON p.ticket_id = t.ticket_id
