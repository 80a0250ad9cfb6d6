-- One metric's overall number for the period and the previous one, as metrics/parts_summary_paired.sql
-- gives it, summed from the stored daily summary (metric_days, per day, client and team): what
-- metric/report.ts pairedSummary() runs for the counts whose parts carry no basis and no
-- exclusion reason (volume, repeat contacts, the three change shares) when that summary answers
-- (up to date, no filter but client and team). A period without items has no row, as there.
-- $metric is checked by the caller and picks its columns by CASE, so no identifier is built
-- from input. At 10M tickets a year's change-caused share took ~580 ms from the tickets.
SELECT day >= CAST($from AS DATE) AS is_current,
       sum(CASE $metric WHEN 'volume' THEN volume_numerator WHEN 'repeat_contacts' THEN repeat_contacts_numerator WHEN 'change_caused' THEN change_caused_numerator WHEN 'change_suspected' THEN change_suspected_numerator WHEN 'change_linked' THEN change_linked_numerator END)::INTEGER AS numerator,
       sum(CASE $metric WHEN 'volume' THEN volume_denominator WHEN 'repeat_contacts' THEN repeat_contacts_denominator WHEN 'change_caused' THEN change_caused_denominator WHEN 'change_suspected' THEN change_suspected_denominator WHEN 'change_linked' THEN change_linked_denominator END)::INTEGER AS denominator,
       sum(CASE $metric WHEN 'volume' THEN volume_excluded WHEN 'repeat_contacts' THEN repeat_contacts_excluded WHEN 'change_caused' THEN change_caused_excluded WHEN 'change_suspected' THEN change_suspected_excluded WHEN 'change_linked' THEN change_linked_excluded END)::INTEGER AS excluded,
       NULL::MAP(VARCHAR, INTEGER) AS excluded_by_reason,
       NULL::MAP(VARCHAR, INTEGER) AS basis,
       NULL::DOUBLE AS median, NULL::DOUBLE AS p90, NULL::DOUBLE AS mean
FROM stored_metric_days($previous_from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
GROUP BY ALL
HAVING sum(CASE $metric WHEN 'volume' THEN volume_items WHEN 'repeat_contacts' THEN repeat_contacts_items WHEN 'change_caused' THEN change_caused_items WHEN 'change_suspected' THEN change_suspected_items WHEN 'change_linked' THEN change_linked_items END) > 0
