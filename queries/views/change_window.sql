-- The planned and actual window of each change of $change_ids, for the Changes view's
-- timelines; a change naming a client the request may not see ($allowed_clients, NULL = all)
-- has none.
SELECT change_id, iso_local(max(actual_start)) AS actual_start, iso_local(max(actual_end)) AS actual_end,
       epoch(max(actual_end) - max(actual_start)) / 3600.0 AS hours
FROM changes
WHERE change_id IN (SELECT unnest($change_ids))
  AND ($allowed_clients IS NULL OR client IS NULL OR list_contains($allowed_clients, client))
GROUP BY change_id
