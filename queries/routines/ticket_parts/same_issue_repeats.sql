-- Same-issue repeats: tickets whose caller's previous ticket of the same category (of all
-- tickets, whatever the filters, so the look-back reaches before the period; stored with the
-- ticket on import as prev_same_issue_at) lies within the repeat window (inclusive) / tickets
-- with a known caller. `value` = days since that ticket.
CREATE OR REPLACE MACRO parts_same_issue_repeats(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority,
       category, service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       NULL AS basis,
       coalesce(repeat_within(prev_same_issue_at, created_at, w.days), false) AS num,
       true AS den,
       NULL AS excluded,
       (epoch_us(created_at) - epoch_us(prev_same_issue_at)) / 86400e6 AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients),
     (SELECT coalesce(TRY_CAST(setting_value('repeat_window_days') ->> '$' AS INTEGER), 7) AS days) w
WHERE caller_id IS NOT NULL
