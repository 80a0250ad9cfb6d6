-- The one filter scope every metric reads: tickets created in [p_from, p_to) (dates
-- in the reporting zone) matching the filters (NULL = any), with per-ticket outcomes.
CREATE OR REPLACE MACRO scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT
    t.*,
    (t.resolved_at IS NOT NULL
        OR (t.closed_at IS NOT NULL
            AND coalesce(lower(t.status), '') NOT IN ('cancelled', 'canceled', 'rejected', 'duplicate'))
        -- A status that says done (no timestamp): resolved, its resolution time unknown.
        OR coalesce(t.status_resolved, false)
    ) AS is_resolved,
    -- FCR outcome: an explicit flag decides; else every criterion the export carries
    -- (and settings keep) must hold. NULL = cannot be determined (a used criterion is
    -- missing, or none is used).
    CASE
        WHEN t.first_contact_resolved IS NOT NULL THEN t.first_contact_resolved
        WHEN NOT (i.uses_reassignment OR i.uses_reopen OR i.uses_contacts) THEN NULL
        WHEN (i.uses_reassignment AND t.reassignment_count IS NULL)
          OR (i.uses_reopen AND t.reopen_count IS NULL)
          OR (i.uses_contacts AND t.contact_count IS NULL) THEN NULL
        ELSE (NOT i.uses_reassignment OR t.reassignment_count = 0)
         AND (NOT i.uses_reopen OR t.reopen_count = 0)
         AND (NOT i.uses_contacts OR t.contact_count <= 1)
    END AS fcr_outcome,
    -- Which rule decided FCR, and why it could not be decided (for the definitions).
    CASE
        WHEN t.first_contact_resolved IS NOT NULL THEN 'flag'
        WHEN NOT (i.uses_reassignment OR i.uses_reopen OR i.uses_contacts) THEN 'no criterion'
        WHEN (i.uses_reassignment AND t.reassignment_count IS NULL)
          OR (i.uses_reopen AND t.reopen_count IS NULL)
          OR (i.uses_contacts AND t.contact_count IS NULL) THEN 'criterion missing'
        ELSE 'criteria'
    END AS fcr_basis,
    i.columns AS import_columns,
    -- SLA outcome: explicit flag, else the due date, else the priority's target. An
    -- open ticket is breached once its due date or target has passed by the time the
    -- data was exported (its newest ticket, not the clock: the same data gives the
    -- same numbers tomorrow); closed-unresolved (cancelled) tickets have no outcome.
    CASE
        WHEN t.sla_met IS NOT NULL THEN t.sla_met
        WHEN t.sla_due_at IS NOT NULL AND t.resolved_at IS NOT NULL THEN t.resolved_at <= t.sla_due_at
        WHEN t.sla_due_at IS NOT NULL AND t.closed_at IS NULL AND NOT coalesce(t.status_resolved, false) AND t.sla_due_at < data_end.instant THEN false
        WHEN t.sla_due_at IS NULL AND t.resolved_at IS NOT NULL AND sla.target_hours IS NOT NULL
            THEN epoch_us(t.resolved_at) - epoch_us(t.created_at) <= sla.target_hours * 3600e6
        WHEN t.sla_due_at IS NULL AND t.resolved_at IS NULL AND t.closed_at IS NULL AND NOT coalesce(t.status_resolved, false) AND sla.target_hours IS NOT NULL
             AND epoch_us(data_end.instant) - epoch_us(t.created_at) > sla.target_hours * 3600e6 THEN false
    END AS sla_outcome,
    CASE
        WHEN t.sla_met IS NOT NULL THEN 'flag'
        WHEN t.sla_due_at IS NOT NULL THEN 'due date'
        WHEN sla.target_hours IS NOT NULL THEN 'target'
    END AS sla_basis,
    sla.target_hours AS sla_target_hours,
    -- Elapsed hours from microsecond instants: exact across DST, and far cheaper than
    -- subtracting zoned timestamps (calendar arithmetic), which dominated at 1M tickets.
    (epoch_us(t.resolved_at) - epoch_us(t.created_at)) / 3600e6 AS resolution_hours,
    (epoch_us(t.first_response_at) - epoch_us(t.created_at)) / 3600e6 AS first_response_hours,
    -- Scores on any scale mapped to 0..1; 0.75 and up counts as satisfied.
    CASE
        WHEN t.csat_score IS NULL THEN NULL
        WHEN t.csat_scale = '1-5' AND t.csat_score BETWEEN 1 AND 5 THEN (t.csat_score - 1) / 4
        WHEN t.csat_scale = '1-10' AND t.csat_score BETWEEN 1 AND 10 THEN (t.csat_score - 1) / 9
        WHEN t.csat_scale = '0-10' AND t.csat_score BETWEEN 0 AND 10 THEN t.csat_score / 10
        WHEN t.csat_scale = 'good/bad' AND t.csat_score IN (0, 1) THEN t.csat_score
        -- Label scales (Freshdesk's seven and three points), scored 1..7 and 1..3 on import.
        WHEN t.csat_scale = '1-7' AND t.csat_score BETWEEN 1 AND 7 THEN (t.csat_score - 1) / 6
        WHEN t.csat_scale = '1-3' AND t.csat_score BETWEEN 1 AND 3 THEN (t.csat_score - 1) / 2
    END AS csat_normalised
FROM tickets t
-- Per import (a handful of rows): which FCR criteria the file carries and settings keep.
JOIN (
    SELECT im.import_id, im.columns,
           list_contains(im.columns, 'reassignment_count') AND coalesce(crit.reassignment, true) AS uses_reassignment,
           list_contains(im.columns, 'reopen_count') AND coalesce(crit.reopen, true) AS uses_reopen,
           list_contains(im.columns, 'contact_count') AND coalesce(crit.contacts, true) AS uses_contacts
    FROM imports im
    LEFT JOIN (
        SELECT TRY_CAST(value ->> 'reassignment_count' AS BOOLEAN) AS reassignment,
               TRY_CAST(value ->> 'reopen_count' AS BOOLEAN) AS reopen,
               TRY_CAST(value ->> 'contact_count' AS BOOLEAN) AS contacts
        FROM settings WHERE key = 'fcr_criteria'
    ) crit ON true
) i ON i.import_id = t.import_id
CROSS JOIN (
    SELECT max(created_at) AS instant
    FROM tickets
) data_end
LEFT JOIN (
    SELECT unnest(json_keys(value)) AS priority,
           TRY_CAST(value ->> unnest(json_keys(value)) AS DOUBLE) AS target_hours
    FROM settings WHERE key = 'sla_target_hours'
) sla ON sla.priority = t.priority
WHERE t.created_at >= CAST(p_from AS DATE)
  AND t.created_at < CAST(p_to AS DATE)
  AND (p_client IS NULL OR t.client = p_client)
  AND (p_team IS NULL OR t.team = p_team)
  AND (p_agent IS NULL OR t.agent = p_agent)
  AND (p_channel IS NULL OR t.channel = p_channel)
  AND (p_priority IS NULL OR t.priority = p_priority)
  AND (p_category IS NULL OR t.category = p_category)
  AND (p_allowed_clients IS NULL OR list_contains(p_allowed_clients, t.client))
