-- The staged ticket rows typed, as a view read by the steps after it: each value
-- parsed, `ok` when the row can be stored, and its problems listed when it cannot.
CREATE OR REPLACE TEMP VIEW import_typed AS
SELECT
    s.rowid - (SELECT min(rowid) FROM import_staged) AS row_index,
    nullif(trim(s.ticket_id), '') AS ticket_id,
    s.source,
    TRY_CAST(s.created_at AS TIMESTAMPTZ) AS created_at,
    TRY_CAST(s.first_response_at AS TIMESTAMPTZ) AS first_response_at,
    TRY_CAST(s.resolved_at AS TIMESTAMPTZ) AS resolved_at,
    TRY_CAST(s.closed_at AS TIMESTAMPTZ) AS closed_at,
    TRY_CAST(s.sla_due_at AS TIMESTAMPTZ) AS sla_due_at,
    parse_flag(s.sla_met) AS sla_met,
    s.caller_id, s.client, s.site, s.agent, s.team, s.channel, s.priority, s.category,
    s.subcategory, s.service, s.status, s.reopen_count, s.reassignment_count, s.contact_count,
    parse_flag(s.first_contact_resolved) AS first_contact_resolved,
    s.caused_by_change, s.related_change, s.csat_score,
    s.csat_scale,
    s.subject, s.extra,
    nullif(trim(s.ticket_id), '') IS NOT NULL AND s.created_at IS NOT NULL
        AND parses_as_instant(s.created_at) AND parses_as_instant(s.first_response_at)
        AND parses_as_instant(s.resolved_at) AND parses_as_instant(s.closed_at)
        AND parses_as_instant(s.sla_due_at)
        AND parses_as_flag(s.sla_met) AND parses_as_flag(s.first_contact_resolved) AS ok,
    -- Only evaluated by the report, for the few rows that are not ok.
    list_filter([
        CASE WHEN nullif(trim(s.ticket_id), '') IS NULL THEN {'column_name': 'ticket_id', 'reason': 'ticket_id is empty'} END,
        CASE WHEN s.created_at IS NULL THEN {'column_name': 'created_at', 'reason': 'created_at is empty'} END,
        CASE WHEN NOT parses_as_instant(s.created_at) THEN {'column_name': 'created_at', 'reason': 'not a date/time: ' || s.created_at} END,
        CASE WHEN NOT parses_as_instant(s.first_response_at) THEN {'column_name': 'first_response_at', 'reason': 'not a date/time: ' || s.first_response_at} END,
        CASE WHEN NOT parses_as_instant(s.resolved_at) THEN {'column_name': 'resolved_at', 'reason': 'not a date/time: ' || s.resolved_at} END,
        CASE WHEN NOT parses_as_instant(s.closed_at) THEN {'column_name': 'closed_at', 'reason': 'not a date/time: ' || s.closed_at} END,
        CASE WHEN NOT parses_as_instant(s.sla_due_at) THEN {'column_name': 'sla_due_at', 'reason': 'not a date/time: ' || s.sla_due_at} END,
        CASE WHEN NOT parses_as_flag(s.sla_met) THEN {'column_name': 'sla_met', 'reason': 'not yes/no: ' || s.sla_met} END,
        CASE WHEN NOT parses_as_flag(s.first_contact_resolved) THEN {'column_name': 'first_contact_resolved', 'reason': 'not yes/no: ' || s.first_contact_resolved} END
    ], p -> p IS NOT NULL) AS problems
FROM import_staged s
