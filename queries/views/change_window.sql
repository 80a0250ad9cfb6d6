-- One change's planned and actual window, for the Changes view's timeline.
SELECT change_id, iso_local(max(actual_start)) AS actual_start, iso_local(max(actual_end)) AS actual_end,
       epoch(max(actual_end) - max(actual_start)) / 3600.0 AS hours
FROM changes
WHERE change_id = $change_id
GROUP BY change_id
