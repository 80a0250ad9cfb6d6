-- Same-issue repeats: tickets whose caller's previous ticket of the same category lies
-- within the repeat window / tickets with a known caller. `value` = days since that ticket.
-- Written once in routines/ticket_metric_parts.sql (its same_issue_repeats_* columns); this picks them.
CREATE OR REPLACE MACRO parts_same_issue_repeats(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT item_id, occurred_at, caller_id, client, team, agent, channel, priority, category, service, status, subject, fcr_group,
       same_issue_repeats_basis AS basis, same_issue_repeats_num AS num, same_issue_repeats_den AS den, same_issue_repeats_excluded AS excluded, same_issue_repeats_value AS value
FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
WHERE same_issue_repeats_item
