-- Reads the file once (import_source, the importer's read_csv view) into typed
-- ticket rows: values parsed, `ok` when the row can be stored, its problems when not.
CREATE OR REPLACE TEMP TABLE import_typed AS
SELECT
    * EXCLUDE (raw_created_at, raw_first_response_at, raw_resolved_at, raw_closed_at, raw_sla_due_at, raw_sla_met, raw_fcr),
    CASE WHEN NOT ok THEN list_filter([
        CASE WHEN ticket_id IS NULL THEN {'column_name': 'ticket_id', 'reason': 'ticket_id is empty'} END,
        CASE WHEN raw_created_at IS NULL THEN {'column_name': 'created_at', 'reason': 'created_at is empty'} END,
        CASE WHEN NOT parses_as_instant(raw_created_at) THEN {'column_name': 'created_at', 'reason': 'not a date/time: ' || raw_created_at} END,
        CASE WHEN NOT parses_as_instant(raw_first_response_at) THEN {'column_name': 'first_response_at', 'reason': 'not a date/time: ' || raw_first_response_at} END,
        CASE WHEN NOT parses_as_instant(raw_resolved_at) THEN {'column_name': 'resolved_at', 'reason': 'not a date/time: ' || raw_resolved_at} END,
        CASE WHEN NOT parses_as_instant(raw_closed_at) THEN {'column_name': 'closed_at', 'reason': 'not a date/time: ' || raw_closed_at} END,
        CASE WHEN NOT parses_as_instant(raw_sla_due_at) THEN {'column_name': 'sla_due_at', 'reason': 'not a date/time: ' || raw_sla_due_at} END,
        CASE WHEN NOT parses_as_flag(raw_sla_met) THEN {'column_name': 'sla_met', 'reason': 'not yes/no: ' || raw_sla_met} END,
        CASE WHEN NOT parses_as_flag(raw_fcr) THEN {'column_name': 'first_contact_resolved', 'reason': 'not yes/no: ' || raw_fcr} END
    ], p -> p IS NOT NULL) END AS problems
FROM (
    SELECT
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
        s.caused_by_change, s.related_change, s.csat_score, s.csat_scale, s.subject, s.extra,
        nullif(trim(s.ticket_id), '') IS NOT NULL AND s.created_at IS NOT NULL
            AND parses_as_instant(s.created_at) AND parses_as_instant(s.first_response_at)
            AND parses_as_instant(s.resolved_at) AND parses_as_instant(s.closed_at)
            AND parses_as_instant(s.sla_due_at)
            AND parses_as_flag(s.sla_met) AND parses_as_flag(s.first_contact_resolved) AS ok,
        s.created_at AS raw_created_at, s.first_response_at AS raw_first_response_at,
        s.resolved_at AS raw_resolved_at, s.closed_at AS raw_closed_at, s.sla_due_at AS raw_sla_due_at,
        s.sla_met AS raw_sla_met, s.first_contact_resolved AS raw_fcr
    FROM import_source s
)
