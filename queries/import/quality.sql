-- How full the metric-relevant fields are: over one import's typed rows (after
-- collapse), for the notes and "what this file can tell" after an import; repeated ids
-- are counted by the importer (accepted rows minus stored ones). The placeholder below
-- takes the plausibility checks' column stats, so both take one scan of the typed rows.
SELECT count(*)::BIGINT AS n,
       count(csat_score)::BIGINT AS csat_score,
       count(caller_id)::BIGINT AS caller_id,
       count(caused_by_change)::BIGINT AS caused_by_change,
       count(related_change)::BIGINT AS related_change,
       count(first_response_at)::BIGINT AS first_response_at,
       count(resolved_at)::BIGINT AS resolved_at,
       count(coalesce(CAST(sla_met AS VARCHAR), CAST(sla_due_at AS VARCHAR)))::BIGINT AS sla,
       count(client)::BIGINT AS client,
       count(team)::BIGINT AS team,
       count(agent)::BIGINT AS agent,
       count(coalesce(CAST(first_contact_resolved AS VARCHAR), CAST(reassignment_count AS VARCHAR), CAST(reopen_count AS VARCHAR), CAST(contact_count AS VARCHAR)))::BIGINT AS fcr,
       count(reopen_count)::BIGINT AS reopen_count,
       count(reassignment_count)::BIGINT AS reassignment_count,
       count(first_contact_resolved)::BIGINT AS first_contact_resolved,
       count(*) FILTER (WHERE resolved_at IS NOT NULL OR closed_at IS NOT NULL OR status_resolved)::BIGINT AS done,
       count(*) FILTER (WHERE resolved_at IS NULL AND status_resolved)::BIGINT AS done_without_time,
       count(*) FILTER (WHERE list_contains(['P1', 'P2', 'P3', 'P4'], priority))::BIGINT AS priority_levelled,
       count(priority)::BIGINT AS priority,
       0::BIGINT AS repeated_ids
       -- Each mapped field's filled count and min/max, added by import-quality.ts (same pass).
       {{column_stats}}
FROM import_typed
WHERE ok
