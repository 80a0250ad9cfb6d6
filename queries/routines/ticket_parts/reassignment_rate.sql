-- Reassignment rate: resolved tickets with reassignment_count > 0 / resolved tickets whose
-- reassignment_count is known.
CREATE OR REPLACE MACRO parts_reassignment_rate(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       NULL AS basis,
       coalesce(reassignment_count > 0, false) AS num,
       reassignment_count IS NOT NULL AS den,
       CASE WHEN reassignment_count IS NULL THEN
           CASE WHEN list_contains(import_columns, 'reassignment_count') THEN 'the reassignment count is empty for this ticket'
                ELSE 'its export has no reassignment count' END
       END AS excluded,
       reassignment_count::DOUBLE AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
WHERE is_resolved
