-- How many items metrics/drilldown_count.sql counts for a part (numerator, denominator or
-- excluded) of a whole period, with no breakdown key, bucket or narrowing: the sum of the stored
-- daily summary's counts of that part (metric_days, ticket_metric_parts_by_day's <metric>_numerator,
-- _denominator and _excluded count the same items drilldown_keeps keeps). What
-- metric/drilldown.ts drilldownCount() runs for the metrics that summary holds when it answers
-- (up to date, no filter but client and team). $metric and $part are checked by the caller and
-- pick the column by CASE, so no identifier is built from input. At 10M tickets a year's
-- suspected change-caused incidents took ~430 ms to count from the tickets.
SELECT coalesce(sum(CASE $part
           WHEN 'numerator' THEN CASE $metric WHEN 'volume' THEN volume_numerator WHEN 'fcr' THEN fcr_numerator WHEN 'repeat_contacts' THEN repeat_contacts_numerator WHEN 'change_caused' THEN change_caused_numerator WHEN 'change_suspected' THEN change_suspected_numerator WHEN 'change_linked' THEN change_linked_numerator WHEN 'csat' THEN csat_numerator WHEN 'sla' THEN sla_numerator END
           WHEN 'denominator' THEN CASE $metric WHEN 'volume' THEN volume_denominator WHEN 'fcr' THEN fcr_denominator WHEN 'repeat_contacts' THEN repeat_contacts_denominator WHEN 'change_caused' THEN change_caused_denominator WHEN 'change_suspected' THEN change_suspected_denominator WHEN 'change_linked' THEN change_linked_denominator WHEN 'csat' THEN csat_denominator WHEN 'sla' THEN sla_denominator END
           WHEN 'excluded' THEN CASE $metric WHEN 'volume' THEN volume_excluded WHEN 'fcr' THEN fcr_excluded WHEN 'repeat_contacts' THEN repeat_contacts_excluded WHEN 'change_caused' THEN change_caused_excluded WHEN 'change_suspected' THEN change_suspected_excluded WHEN 'change_linked' THEN change_linked_excluded WHEN 'csat' THEN csat_excluded WHEN 'sla' THEN sla_excluded END
       END), 0)::INTEGER AS total
FROM stored_metric_days($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
