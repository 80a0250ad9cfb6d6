-- Stores the staged tickets that passed validation (the last row wins for an id
-- repeated in the file), typed, with each caller's previous ticket worked out
-- over the stored tickets and this file together.
INSERT INTO tickets
WITH accepted AS (
    SELECT *
    FROM import_staged
    WHERE row_index NOT IN (SELECT row_index FROM import_reject_report WHERE row_index IS NOT NULL)
    QUALIFY row_number() OVER (PARTITION BY ticket_id ORDER BY row_index DESC) = 1
),
typed AS (
    SELECT
        trim(ticket_id) AS ticket_id,
        coalesce(source, $source) AS source,
        CAST(created_at AS TIMESTAMPTZ) AS created_at,
        CAST(first_response_at AS TIMESTAMPTZ) AS first_response_at,
        CAST(resolved_at AS TIMESTAMPTZ) AS resolved_at,
        CAST(closed_at AS TIMESTAMPTZ) AS closed_at,
        CAST(sla_due_at AS TIMESTAMPTZ) AS sla_due_at,
        parse_flag(sla_met) AS sla_met,
        caller_id, client, site, agent, team, channel, priority, category, subcategory, service, status,
        reopen_count, reassignment_count, contact_count,
        parse_flag(first_contact_resolved) AS first_contact_resolved,
        caused_by_change, related_change,
        csat_score,
        CASE WHEN csat_score IS NULL THEN NULL ELSE coalesce(csat_scale, $default_csat_scale) END AS csat_scale,
        subject, extra
    FROM accepted
),
history AS (
    SELECT ticket_id, caller_id, category, created_at, true AS is_new FROM typed WHERE caller_id IS NOT NULL
    UNION ALL
    SELECT ticket_id, caller_id, category, created_at, false
    FROM tickets WHERE caller_id IN (SELECT caller_id FROM typed)
),
previous AS (
    SELECT ticket_id,
           lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) AS prev_any,
           lag(created_at) OVER (PARTITION BY caller_id, category ORDER BY created_at, ticket_id) AS prev_same
    FROM history
    QUALIFY is_new
)
SELECT t.*, CAST($import_id AS INTEGER) AS import_id, p.prev_any, p.prev_same
FROM typed t LEFT JOIN previous p USING (ticket_id)
