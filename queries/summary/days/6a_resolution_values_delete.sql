-- Rebuilding the changed days only: their rows of resolution_values go first ([$from, $to) spans
-- them, so the creation times' zone maps skip the other days).
DELETE FROM resolution_values
WHERE occurred_at >= CAST($from AS DATE) AND occurred_at < CAST($to AS DATE)
  AND CAST(occurred_at AS DATE) IN (SELECT day FROM changed_days)
