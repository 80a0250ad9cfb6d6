-- FCR rate: FCR tickets / resolved tickets whose FCR can be determined. The explicit
-- flag decides where the export has one, else the criteria (scoped_tickets.fcr_outcome).
CREATE OR REPLACE MACRO parts_fcr(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT ticket_id AS item_id, created_at AS occurred_at, caller_id, client, team, agent, channel, priority, category,
       service, status, subject, fcr_group(is_resolved, fcr_outcome) AS fcr_group,
       fcr_basis AS basis,
       coalesce(fcr_outcome, false) AS num,
       fcr_outcome IS NOT NULL AS den,
       CASE fcr_basis
           WHEN 'criterion missing' THEN 'a criterion the export carries is empty for this ticket'
           WHEN 'no criterion' THEN 'no first-contact flag and no FCR criterion in its export'
       END AS excluded,
       NULL::DOUBLE AS value
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
WHERE is_resolved
