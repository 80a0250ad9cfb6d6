-- Reads the file once (import_source, the importer's read_csv view) into typed
-- ticket rows: values parsed, `ok` when the row can be stored, its problems when not.
-- $fmt_created_at and the other date fields: how each column reads (import-dates.ts); $date_labels: JSON {field: that
-- reading in words}, [$earliest, $latest): the plausible instants ($latest_due for a due date); $tz: zone of naive times ('' = session);
-- $csat_scale: the file's scale, $csat_labels: JSON {label: score}, $csat_blanks: non-responses;
-- $resolved_values: JSON list of statuses meaning resolved (a closed one counts as resolved then);
-- $done_statuses: statuses meaning done (lower case, no accents); $priority_map: JSON {label: P1..P4}.
CREATE OR REPLACE TEMP TABLE import_typed AS
SELECT
    * EXCLUDE (raw_created_at, raw_first_response_at, raw_resolved_at, raw_closed_at, raw_sla_due_at, raw_sla_met, raw_fcr, raw_csat, raw_event_at, is_csat_blank,
               first_response_read, resolved_read, raw_reopen_count, raw_reassignment_count, raw_contact_count),
    CASE WHEN NOT ok THEN list_filter([
        CASE WHEN ticket_id IS NULL THEN {'column_name': 'ticket_id', 'reason': 'ticket_id is empty'} END,
        CASE WHEN raw_created_at IS NULL THEN {'column_name': 'created_at', 'reason': 'created_at is empty'} END,
        instant_problem('created_at', raw_created_at, created_at, $date_labels, $earliest, $latest),
        instant_problem('first_response_at', raw_first_response_at, first_response_read, $date_labels, $earliest, $latest),
        instant_problem('resolved_at', raw_resolved_at, resolved_read, $date_labels, $earliest, $latest),
        instant_problem('closed_at', raw_closed_at, closed_at, $date_labels, $earliest, $latest),
        instant_problem('sla_due_at', raw_sla_due_at, sla_due_at, $date_labels, $earliest, $latest_due),
        instant_problem('event_at', raw_event_at, event_at, $date_labels, $earliest, $latest),
        CASE WHEN raw_sla_met IS NOT NULL AND sla_met IS NULL THEN {'column_name': 'sla_met', 'reason': 'not yes/no: ' || raw_sla_met} END,
        CASE WHEN raw_fcr IS NOT NULL AND first_contact_resolved IS NULL THEN {'column_name': 'first_contact_resolved', 'reason': 'not yes/no: ' || raw_fcr} END,
        CASE WHEN raw_csat IS NOT NULL AND csat_score IS NULL AND NOT is_csat_blank
             THEN {'column_name': 'csat_score', 'reason': 'not a satisfaction score' || CASE WHEN csat_scale <> '' THEN ' on the ' || csat_scale || ' scale' ELSE '' END || ': ' || raw_csat} END,
        CASE WHEN csat_score IS NOT NULL AND NOT coalesce(csat_on_scale(csat_score, csat_scale), true)
             THEN {'column_name': 'csat_score', 'reason': 'outside the ' || csat_scale || ' scale: ' || raw_csat} END,
        count_problem('reopen_count', raw_reopen_count, count_value(raw_reopen_count)),
        count_problem('reassignment_count', raw_reassignment_count, count_value(raw_reassignment_count)),
        count_problem('contact_count', raw_contact_count, count_value(raw_contact_count))
    ], p -> p IS NOT NULL) END AS problems
FROM (
    SELECT
        *,
        ticket_id IS NOT NULL AND raw_created_at IS NOT NULL
            AND instant_fits(raw_created_at, created_at, $earliest, $latest)
            AND instant_fits(raw_first_response_at, first_response_read, $earliest, $latest)
            AND instant_fits(raw_resolved_at, resolved_read, $earliest, $latest)
            AND instant_fits(raw_closed_at, closed_at, $earliest, $latest)
            AND instant_fits(raw_sla_due_at, sla_due_at, $earliest, $latest_due)
            AND instant_fits(raw_event_at, event_at, $earliest, $latest)
            AND (raw_sla_met IS NULL OR sla_met IS NOT NULL)
            AND (raw_fcr IS NULL OR first_contact_resolved IS NOT NULL)
            AND (raw_csat IS NULL OR csat_score IS NOT NULL OR is_csat_blank)
            AND (csat_score IS NULL OR coalesce(csat_on_scale(csat_score, csat_scale), true))
            -- A count is a whole number of times, never negative.
            AND (raw_reopen_count IS NULL OR coalesce(reopen_count >= 0, false))
            AND (raw_reassignment_count IS NULL OR coalesce(count_value(raw_reassignment_count) >= 0, false))
            AND (raw_contact_count IS NULL OR coalesce(contact_count >= 0, false)) AS ok
    FROM (
        SELECT
            nullif(trim(s.ticket_id), '') AS ticket_id,
            s.source,
            to_instant(s.created_at, $fmt_created_at, $tz) AS created_at,
            -- The CASE guards keep the fallbacks off the common path (no minutes column, no resolved values).
            coalesce(to_instant(s.first_response_at, $fmt_first_response_at, $tz),
                     CASE WHEN s.first_response_minutes IS NOT NULL
                          THEN to_instant(s.created_at, $fmt_created_at, $tz) + to_minutes(CAST(round(s.first_response_minutes) AS BIGINT)) END) AS first_response_at,
            coalesce(to_instant(s.resolved_at, $fmt_resolved_at, $tz),
                     CASE WHEN len(from_json($resolved_values, '["VARCHAR"]')) = 0 OR s.closed_at IS NULL THEN NULL
                          WHEN list_contains(from_json($resolved_values, '["VARCHAR"]'), lower(trim(s.status)))
                          THEN to_instant(s.closed_at, $fmt_closed_at, $tz) END,
                     -- A duration column (ServiceNow calendar_duration in seconds, Freshdesk hours as
                     -- H:MM:SS) on a done ticket; 0 is "not computed", never a resolution time.
                     CASE WHEN s.resolution_seconds IS NULL AND s.resolution_hours IS NULL THEN NULL
                          WHEN s.status IS NOT NULL AND NOT list_contains(from_json($done_statuses, '["VARCHAR"]'), strip_accents(lower(trim(s.status)))) THEN NULL
                          ELSE to_instant(s.created_at, $fmt_created_at, $tz)
                               + to_microseconds(CAST(1e6 * nullif(coalesce(TRY_CAST(s.resolution_seconds AS DOUBLE), duration_hours(s.resolution_hours) * 3600), 0) AS BIGINT)) END) AS resolved_at,
            to_instant(s.closed_at, $fmt_closed_at, $tz) AS closed_at,
            -- The file's own values, before the fallbacks above, for the checks.
            to_instant(s.first_response_at, $fmt_first_response_at, $tz) AS first_response_read,
            to_instant(s.resolved_at, $fmt_resolved_at, $tz) AS resolved_read,
            to_instant(s.sla_due_at, $fmt_sla_due_at, $tz) AS sla_due_at,
            -- A "deadline exceeded: no" (GLPI) is met only once the ticket is done; open, it is not yet known.
            coalesce(parse_flag(s.sla_met),
                     CASE WHEN parse_flag(s.sla_breached) THEN false
                          WHEN NOT parse_flag(s.sla_breached) AND (s.resolved_at IS NOT NULL
                               OR list_contains(from_json($done_statuses, '["VARCHAR"]'), strip_accents(lower(trim(s.status))))) THEN true END) AS sla_met,
            s.caller_id, s.client, s.site, s.agent, s.team, s.channel,
            -- P1-P4 so SLA targets apply: the vendor's word (mapping first), else its number ("1 - Critical").
            -- (Labels already P1-P4, as canonical files write them, skip the lookup: ~5x cheaper at 1M rows.)
            CASE WHEN list_contains(['P1', 'P2', 'P3', 'P4'], s.priority) THEN s.priority
                 ELSE coalesce(CAST(CAST($priority_map AS JSON) AS MAP(VARCHAR, VARCHAR))[strip_accents(lower(trim(s.priority)))],
                     'P' || nullif(regexp_extract(lower(s.priority), '^\s*(?:p|priority\s*|prio\s*|sev(?:erity)?\s*)?([1-4])(?:[^0-9]|$)', 1), ''),
                     s.priority) END AS priority,
            s.priority AS priority_label,
            s.category,
            s.subcategory, s.service, s.status,
            list_contains(from_json($done_statuses, '["VARCHAR"]'), strip_accents(lower(trim(s.status)))) AS status_resolved,
            count_value(s.reopen_count) AS reopen_count,
            coalesce(count_value(s.reassignment_count), CASE WHEN s.group_stations > 0 THEN s.group_stations - 1 END) AS reassignment_count,
            count_value(s.contact_count) AS contact_count,
            parse_flag(s.first_contact_resolved) AS first_contact_resolved,
            s.caused_by_change, s.related_change,
            -- (list_contains rather than IN lists, which DuckDB plans as joins that hide progress.)
            -- Scores as exports write them: numbers (decimal comma too) or the scale's words.
            CASE WHEN s.csat_score IS NULL THEN NULL
                 ELSE coalesce(TRY_CAST(s.csat_score AS DOUBLE), TRY_CAST(replace(trim(s.csat_score), ',', '.') AS DOUBLE),
                               CAST(CAST($csat_labels AS JSON) AS MAP(VARCHAR, DOUBLE))[csat_word(s.csat_score)]) END AS csat_score,
            CASE WHEN s.csat_score IS NOT NULL THEN coalesce(nullif(trim(s.csat_scale), ''), nullif($csat_scale, '')) END AS csat_scale,
            s.subject, s.extra,
            to_instant(s.event_at, $fmt_event_at, $tz) AS event_at,
            s.event_seq, s.support_level,
            -- Survey offered but not answered: no score, not an error.
            CASE WHEN s.csat_score IS NULL THEN false
                 ELSE list_contains($csat_blanks, csat_word(s.csat_score)) END AS is_csat_blank,
            s.created_at AS raw_created_at, s.first_response_at AS raw_first_response_at,
            s.resolved_at AS raw_resolved_at, s.closed_at AS raw_closed_at, s.sla_due_at AS raw_sla_due_at,
            s.sla_met AS raw_sla_met, s.first_contact_resolved AS raw_fcr, s.csat_score AS raw_csat, s.event_at AS raw_event_at,
            s.reopen_count AS raw_reopen_count, s.reassignment_count AS raw_reassignment_count, s.contact_count AS raw_contact_count
        FROM import_source s
    )
)
