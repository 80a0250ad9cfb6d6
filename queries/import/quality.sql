-- How full the metric-relevant fields are: over one import's typed rows (after
-- collapse), for the notes and "what this file can tell" after an import; repeated ids
-- are counted by the importer (accepted rows minus stored ones). In the same scan, the
-- plausibility checks (import-quality.ts) over the rows that will be stored, as the
-- dashboards will compute them (the routines/outcome_*.sql scoped_tickets reads too),
-- and, by the placeholder below, the checks' column stats. $columns: the columns the
-- file carries (FCR reads the criteria it carries).
SELECT count(*)::BIGINT AS n,
       count(csat_score)::BIGINT AS csat_score,
       count(caller_id)::BIGINT AS caller_id,
       count(caused_by_change)::BIGINT AS caused_by_change,
       count(related_change)::BIGINT AS related_change,
       count(first_response_at)::BIGINT AS first_response_at,
       count(resolved_at)::BIGINT AS resolved_at,
       -- (IS NOT NULL tests, not a cast to text per row: a third of this scan's time at 1M.)
       count(*) FILTER (WHERE sla_met IS NOT NULL OR sla_due_at IS NOT NULL)::BIGINT AS sla,
       count(client)::BIGINT AS client,
       count(team)::BIGINT AS team,
       count(agent)::BIGINT AS agent,
       count(*) FILTER (WHERE first_contact_resolved IS NOT NULL OR reassignment_count IS NOT NULL OR reopen_count IS NOT NULL OR contact_count IS NOT NULL)::BIGINT AS fcr,
       count(reopen_count)::BIGINT AS reopen_count,
       count(reassignment_count)::BIGINT AS reassignment_count,
       count(first_contact_resolved)::BIGINT AS first_contact_resolved,
       count(*) FILTER (WHERE resolved_at IS NOT NULL OR closed_at IS NOT NULL OR status_resolved)::BIGINT AS done,
       count(*) FILTER (WHERE resolved_at IS NULL AND status_resolved)::BIGINT AS done_without_time,
       count(*) FILTER (WHERE list_contains(['P1', 'P2', 'P3', 'P4'], priority))::BIGINT AS priority_levelled,
       count(priority)::BIGINT AS priority,
       0::BIGINT AS repeated_ids,
       count(*) FILTER (WHERE stored)::BIGINT AS stored,
       count(*) FILTER (WHERE stored AND fcr_outcome IS NOT NULL AND is_resolved)::BIGINT AS fcr_den,
       count(*) FILTER (WHERE stored AND fcr_outcome AND is_resolved)::BIGINT AS fcr_num,
       count(csat_normalised) FILTER (WHERE stored)::BIGINT AS csat_den,
       count(*) FILTER (WHERE stored AND outcome_satisfied(csat_normalised))::BIGINT AS csat_num,
       count(sla_outcome) FILTER (WHERE stored)::BIGINT AS sla_den,
       count(*) FILTER (WHERE stored AND sla_outcome)::BIGINT AS sla_num,
       count(*) FILTER (WHERE stored AND is_resolved AND reopen_count IS NOT NULL)::BIGINT AS reopen_den,
       count(*) FILTER (WHERE stored AND is_resolved AND outcome_counted(reopen_count))::BIGINT AS reopen_num,
       count(*) FILTER (WHERE stored AND is_resolved AND reassignment_count IS NOT NULL)::BIGINT AS reassignment_den,
       count(*) FILTER (WHERE stored AND is_resolved AND outcome_counted(reassignment_count))::BIGINT AS reassignment_num,
       count(*) FILTER (WHERE stored AND least(created_at, resolved_at, closed_at, first_response_at) < TIMESTAMPTZ '1990-01-01 00:00:00+00')::BIGINT AS before_1990,
       count(*) FILTER (WHERE stored AND greatest(created_at, resolved_at, closed_at, first_response_at) > current_timestamp + INTERVAL 1 DAY)::BIGINT AS after_import,
       count(*) FILTER (WHERE stored AND resolved_at < created_at)::BIGINT AS resolved_before_created,
       count(*) FILTER (WHERE stored AND first_response_at < created_at)::BIGINT AS response_before_created
       -- Each mapped field's filled count and min/max, added by import-quality.ts (same pass).
       {{column_stats}}
FROM (
    SELECT t.*,
           s.row_id IS NULL AS stored,
           outcome_resolved(t.resolved_at, t.closed_at, t.status, t.status_resolved) AS is_resolved,
           outcome_fcr(t.first_contact_resolved, t.reassignment_count, t.reopen_count, t.contact_count,
                       k.uses_reassignment, k.uses_reopen, k.uses_contacts) AS fcr_outcome,
           outcome_sla(t.sla_met, t.sla_due_at, t.created_at, t.resolved_at, t.closed_at, t.status_resolved,
                       sla.target_hours, k.data_end) AS sla_outcome,
           outcome_csat(t.csat_score, coalesce(t.csat_scale, $default_csat_scale)) AS csat_normalised
    FROM import_typed t
    -- A repeated id's older rows (import_superseded) are not stored, so not checked.
    LEFT JOIN import_superseded s ON t.rowid = s.row_id
    LEFT JOIN priority_sla_targets() sla ON sla.priority = t.priority
    -- Once per file: the FCR criteria it carries (and settings keep), and the newest ticket
    -- once it is stored (the stored ones it replaces count too: they only matter when they
    -- were the newest and the file moved them earlier).
    CROSS JOIN (
        SELECT outcome_fcr_criterion($columns, 'reassignment_count') AS uses_reassignment,
               outcome_fcr_criterion($columns, 'reopen_count') AS uses_reopen,
               outcome_fcr_criterion($columns, 'contact_count') AS uses_contacts,
               greatest((SELECT max(created_at) FROM tickets), (SELECT max(created_at) FROM import_typed WHERE ok)) AS data_end
    ) k
    WHERE t.ok
)
