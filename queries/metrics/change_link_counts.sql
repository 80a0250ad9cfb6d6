-- What the change-caused share shows beside its number (metric/report.ts extras): the period's
-- tickets linked to a change only as related, and those suspected of being caused by one, read
-- from those metrics' own parts counted per day ({{metric_days}}: the stored daily summary or
-- counted now, filled in by src/lib/server/metric-days.ts), as their numerators.
SELECT coalesce(sum(change_linked_numerator), 0)::INTEGER AS linked,
       coalesce(sum(change_suspected_numerator), 0)::INTEGER AS suspected
FROM {{metric_days}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
