-- Rebuilding the changed days only ([$from, $to) spans them): the changes whose windows may touch
-- one lose their stored counts per client. A window of a change that ended at E spans from E - 8
-- weeks to E + 24 h, so those ended from the day before $from to 8 weeks after $to, with a day to
-- spare. A changes import or its undo records no changed days: it rebuilds every summary.
DELETE FROM impact_client_counts
WHERE actual_end >= CAST($from AS DATE) - 2 AND actual_end < CAST($to AS DATE) + 57
