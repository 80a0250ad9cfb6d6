-- Reopen rate: resolved tickets with reopen_count > 0 / resolved tickets whose
-- reopen_count is known.
CREATE OR REPLACE MACRO parts_reopen_rate(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       NULL AS basis,
       coalesce(reopen_count > 0, false) AS num,
       reopen_count IS NOT NULL AS den,
       CASE WHEN reopen_count IS NULL THEN
           CASE WHEN list_contains(import_columns, 'reopen_count') THEN 'the reopen count is empty for this ticket'
                ELSE 'its export has no reopen count' END
       END AS excluded,
       reopen_count::DOUBLE AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
WHERE is_resolved
