-- Change failure rate, one row per change (not ticket): changes that caused at least one
-- incident (explicit cause link, incidents of any date matching the filters) / changes that
-- ended (actual_end) in the period. A client filter keeps that client's changes and
-- changes naming no client. `value` = incidents caused; `basis` = the change's outcome.
CREATE OR REPLACE MACRO parts_change_failure_rate(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT c.change_id AS item_id, c.actual_end AS occurred_at, NULL AS caller_id, c.client, NULL AS team, NULL AS agent,
       NULL AS channel, NULL AS priority, NULL AS category, c.service, c.outcome AS status, c.summary AS subject,
       NULL AS fcr_group, c.outcome AS basis,
       coalesce(i.caused, 0) > 0 AS num,
       true AS den,
       NULL AS excluded,
       coalesce(i.caused, 0)::DOUBLE AS value
FROM changes c
LEFT JOIN (
    SELECT caused_by_change AS change_id, count(*) AS caused
    FROM scoped_tickets(DATE '0001-01-01', DATE '9999-12-31', p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
    WHERE caused_by_change IS NOT NULL
    GROUP BY ALL
) i ON i.change_id = c.change_id
WHERE c.actual_end >= CAST(p_from AS DATE)
  AND c.actual_end < CAST(p_to AS DATE)
  AND (p_client IS NULL OR c.client IS NULL OR c.client = p_client)
  AND (p_allowed_clients IS NULL OR c.client IS NULL OR list_contains(p_allowed_clients, c.client))
