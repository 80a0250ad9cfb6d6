-- Tickets from repeat callers: tickets whose caller has at least the threshold of
-- tickets in the filtered period / tickets with a known caller. `value` = the caller's tickets.
CREATE OR REPLACE MACRO parts_repeat_callers(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject,
       fcr_group, NULL AS basis, value >= threshold AS num, true AS den, NULL AS excluded, value
FROM (
    SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
           service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
           count(*) OVER (PARTITION BY caller_id)::DOUBLE AS value
    FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
    WHERE caller_id IS NOT NULL
),
(SELECT coalesce(TRY_CAST(setting_value('repeat_caller_threshold') ->> '$' AS INTEGER), 3) AS threshold) s
