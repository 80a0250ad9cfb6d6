-- Same-issue repeats: tickets whose caller's previous ticket of the same category (of all
-- tickets, whatever the filters, so the look-back reaches before the period) lies within the
-- repeat window (inclusive) / tickets with a known caller. `value` = days since that ticket.
CREATE OR REPLACE MACRO parts_same_issue_repeats(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT t.ticket_id AS item_id, t.created_at AS occurred_at, t.caller_id, t.client, t.team, t.agent, t.channel, t.priority,
       t.category, t.service, t.status, t.subject, fcr_group(t.is_resolved, t.fcr_outcome) AS fcr_group,
       NULL AS basis,
       coalesce(repeat_within(s.prev_same_at, t.created_at, w.days), false) AS num,
       true AS den,
       NULL AS excluded,
       (epoch_us(t.created_at) - epoch_us(s.prev_same_at)) / 86400e6 AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) t
-- The same order as prev_caller_ticket_at (created_at, then ticket_id), per category.
LEFT JOIN (
    SELECT ticket_id,
           lag(created_at) OVER (PARTITION BY caller_id, category ORDER BY created_at, ticket_id) AS prev_same_at
    FROM tickets
    WHERE caller_id IS NOT NULL AND category IS NOT NULL
) s ON s.ticket_id = t.ticket_id,
(SELECT coalesce(TRY_CAST(setting_value('repeat_window_days') ->> '$' AS INTEGER), 7) AS days) w
WHERE t.caller_id IS NOT NULL
