-- How full the metric-relevant fields are over all stored tickets (Data page notes).
SELECT count(*)::BIGINT AS n,
       count(csat_score)::BIGINT AS csat_score,
       count(caller_id)::BIGINT AS caller_id,
       count(caused_by_change)::BIGINT AS caused_by_change,
       count(related_change)::BIGINT AS related_change,
       count(first_response_at)::BIGINT AS first_response_at,
       count(resolved_at)::BIGINT AS resolved_at,
       -- IS NOT NULL tests, not a cast to text per ticket (most of this scan's time at 1M).
       count(*) FILTER (WHERE sla_met IS NOT NULL OR sla_due_at IS NOT NULL)::BIGINT AS sla,
       count(client)::BIGINT AS client,
       count(team)::BIGINT AS team,
       count(agent)::BIGINT AS agent,
       count(*) FILTER (WHERE first_contact_resolved IS NOT NULL OR reassignment_count IS NOT NULL OR reopen_count IS NOT NULL)::BIGINT AS fcr,
       0::BIGINT AS repeated_ids
FROM tickets
