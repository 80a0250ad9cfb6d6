-- An event log (one row per update, in import_events) collapsed to one row per
-- ticket in import_typed: the latest state by update count, then update time, then
-- file order; creation at the first event; counts, resolution and the first-level
-- flag derived from the events where the export does not carry them.
-- $resolved_values: JSON list of statuses meaning resolved; $first_level: '' or e.g. 'L1'.
CREATE OR REPLACE TEMP TABLE import_typed AS
WITH ordered AS (
    SELECT *,
        list_contains(from_json($resolved_values, '["VARCHAR"]'), lower(trim(status))) AS is_res,
        lag(team) OVER w AS prev_team,
        lag(list_contains(from_json($resolved_values, '["VARCHAR"]'), lower(trim(status)))) OVER w AS prev_res,
        row_number() OVER (PARTITION BY ticket_id ORDER BY event_seq DESC NULLS LAST, event_at DESC NULLS LAST, rid DESC) AS recency
    FROM (SELECT *, rowid AS rid FROM import_events WHERE ok)
    WINDOW w AS (PARTITION BY ticket_id ORDER BY event_seq NULLS FIRST, event_at NULLS FIRST, rid)
),
agg AS (
    SELECT ticket_id,
        min(created_at) AS first_created_at,
        count(*) FILTER (WHERE prev_team IS NOT NULL AND team IS NOT NULL AND team <> prev_team)::INTEGER AS team_changes,
        count(*) FILTER (WHERE prev_res AND NOT coalesce(is_res, false))::INTEGER AS reopens,
        max(event_at) FILTER (WHERE NOT coalesce(is_res, false)) AS last_open_at,
        bool_and(support_level IS NULL OR support_level = $first_level) AS stayed_first_level,
        count(support_level) AS levels_known
    FROM ordered
    GROUP BY ticket_id
),
resolution AS (
    -- The resolved stretch at the end of the log starts at its first event.
    SELECT o.ticket_id, min(o.event_at) AS resolved_from
    FROM ordered o JOIN agg a USING (ticket_id)
    WHERE o.is_res AND (a.last_open_at IS NULL OR o.event_at > a.last_open_at)
    GROUP BY o.ticket_id
)
SELECT
    l.* EXCLUDE (created_at, resolved_at, reassignment_count, reopen_count, first_contact_resolved, rid, is_res, prev_team, prev_res, recency),
    a.first_created_at AS created_at,
    coalesce(l.resolved_at, CASE WHEN l.is_res THEN r.resolved_from END) AS resolved_at,
    coalesce(l.reassignment_count, a.team_changes) AS reassignment_count,
    coalesce(l.reopen_count, a.reopens) AS reopen_count,
    coalesce(l.first_contact_resolved,
             CASE WHEN $first_level <> '' AND a.levels_known > 0 THEN a.stayed_first_level END) AS first_contact_resolved
FROM ordered l
JOIN agg a USING (ticket_id)
LEFT JOIN resolution r USING (ticket_id)
WHERE l.recency = 1
ORDER BY l.rid
