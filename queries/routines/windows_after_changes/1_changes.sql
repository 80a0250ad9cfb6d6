-- The changes change impact (src/lib/server/insights/change-impact.ts) weighs: each change that
-- ended in [p_from, p_to) naming a service or a client, once (its latest end), within the client
-- filter and the allowed clients (a change naming no client is everyone's). p_changes: only
-- these change ids (NULL: all).
CREATE OR REPLACE MACRO impact_changes(p_from, p_to, p_client, p_allowed_clients, p_changes) AS TABLE
SELECT change_id, any_value(service) AS service, any_value(client) AS client,
       max(actual_end) AS actual_end, any_value(outcome) AS outcome, any_value(summary) AS summary
FROM changes
WHERE actual_end >= CAST(p_from AS DATE) AND actual_end < CAST(p_to AS DATE)
  AND (service IS NOT NULL OR client IS NOT NULL)
  AND (p_allowed_clients IS NULL OR client IS NULL OR list_contains(p_allowed_clients, client))
  AND (p_client IS NULL OR client IS NULL OR client = p_client)
  AND (p_changes IS NULL OR list_contains(p_changes, change_id))
GROUP BY change_id
