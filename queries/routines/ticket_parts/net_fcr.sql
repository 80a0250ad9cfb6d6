-- Net FCR: as FCR, but resolved tickets in categories the settings mark "not
-- resolvable at first contact" leave the denominator too (counted as excluded).
CREATE OR REPLACE MACRO parts_net_fcr(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       fcr_basis AS basis,
       coalesce(fcr_outcome, false) AND NOT coalesce(list_contains(excluded_categories, category), false) AS num,
       fcr_outcome IS NOT NULL AND NOT coalesce(list_contains(excluded_categories, category), false) AS den,
       CASE
           WHEN coalesce(list_contains(excluded_categories, category), false)
               THEN 'category not resolvable at first contact (settings)'
           WHEN fcr_basis = 'criterion missing' THEN 'a criterion the export carries is empty for this ticket'
           WHEN fcr_basis = 'no criterion' THEN 'no first-contact flag and no FCR criterion in its export'
       END AS excluded,
       NULL::DOUBLE AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients),
     (SELECT coalesce(TRY_CAST(setting_value('fcr_excluded_categories') AS VARCHAR[]), []) AS excluded_categories) s
WHERE is_resolved
