-- The rows of views/team_trends.sql for a rate or count ($metric: volume, fcr, csat or sla), summed
-- from the stored Team summary (team_days): what src/lib/server/views/team.ts runs when that summary
-- answers (as for views/team_breakdowns_stored.sql). A day of team_days is a reporting-zone day,
-- so it lies in one bucket. $metric is checked by the caller and picks its columns by CASE, so no
-- identifier is built from input; a duration's median and p90 need the tickets and are not asked here.
WITH buckets AS (
    SELECT bucket FROM trend_buckets($from, $to, $grain)
),
agg AS (
    SELECT team, strftime(date_trunc($grain, day), '%Y-%m-%d') AS bucket,
           sum(CASE $metric WHEN 'volume' THEN volume_numerator WHEN 'fcr' THEN fcr_numerator
                            WHEN 'csat' THEN csat_numerator WHEN 'sla' THEN sla_numerator END)::INTEGER AS numerator,
           sum(CASE $metric WHEN 'volume' THEN volume_denominator WHEN 'fcr' THEN fcr_denominator
                            WHEN 'csat' THEN csat_denominator WHEN 'sla' THEN sla_denominator END)::INTEGER AS denominator,
           sum(CASE $metric WHEN 'volume' THEN volume_excluded WHEN 'fcr' THEN fcr_excluded
                            WHEN 'csat' THEN csat_excluded WHEN 'sla' THEN sla_excluded END)::INTEGER AS excluded
    FROM team_days
    WHERE day >= CAST($from AS DATE) AND day < CAST($to AS DATE)
      AND ($team IS NULL OR team = $team)
      AND ($agent IS NULL OR agent = $agent)
      AND list_contains($teams, team)
    GROUP BY ALL
)
SELECT t.team, b.bucket, coalesce(a.numerator, 0) AS numerator, coalesce(a.denominator, 0) AS denominator,
       coalesce(a.excluded, 0) AS excluded, NULL::DOUBLE AS median, NULL::DOUBLE AS p90, NULL::DOUBLE AS mean
FROM (SELECT unnest($teams) AS team) t
CROSS JOIN buckets b
LEFT JOIN agg a USING (team, bucket)
ORDER BY t.team, b.bucket
