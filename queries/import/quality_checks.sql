-- Plausibility of one import as the dashboards will compute it (scoped_tickets, the
-- metrics' own scope, over this import's stored tickets): the rates that can be exactly
-- 0 % or 100 %, dates outside 1990..now, resolution or first response before creation.
SELECT count(*)::BIGINT AS n,
       count(*) FILTER (WHERE fcr_outcome IS NOT NULL AND is_resolved)::BIGINT AS fcr_den,
       count(*) FILTER (WHERE fcr_outcome AND is_resolved)::BIGINT AS fcr_num,
       count(csat_normalised)::BIGINT AS csat_den,
       count(*) FILTER (WHERE csat_normalised >= 0.75)::BIGINT AS csat_num,
       count(sla_outcome)::BIGINT AS sla_den,
       count(*) FILTER (WHERE sla_outcome)::BIGINT AS sla_num,
       count(*) FILTER (WHERE is_resolved AND reopen_count IS NOT NULL)::BIGINT AS reopen_den,
       count(*) FILTER (WHERE is_resolved AND reopen_count > 0)::BIGINT AS reopen_num,
       count(*) FILTER (WHERE is_resolved AND reassignment_count IS NOT NULL)::BIGINT AS reassignment_den,
       count(*) FILTER (WHERE is_resolved AND reassignment_count > 0)::BIGINT AS reassignment_num,
       count(*) FILTER (WHERE least(created_at, resolved_at, closed_at, first_response_at) < TIMESTAMPTZ '1990-01-01 00:00:00+00')::BIGINT AS before_1990,
       count(*) FILTER (WHERE greatest(created_at, resolved_at, closed_at, first_response_at) > current_timestamp + INTERVAL 1 DAY)::BIGINT AS after_import,
       count(*) FILTER (WHERE resolved_at < created_at)::BIGINT AS resolved_before_created,
       count(*) FILTER (WHERE first_response_at < created_at)::BIGINT AS response_before_created,
       strftime(min(created_at), '%Y-%m-%d') AS first_created,
       strftime(max(created_at), '%Y-%m-%d') AS last_created
FROM scoped_tickets('1000-01-01', '9999-01-01', NULL, NULL, NULL, NULL, NULL, NULL, NULL)
WHERE import_id = CAST($import_id AS INTEGER)
