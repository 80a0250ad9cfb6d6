-- The exact items behind a number: one metric's parts in the numerator, the denominator
-- or the excluded, optionally one breakdown key ($by, $key; $key_is_null for the
-- "no value" row), one trend bucket ($grain, $bucket), one caller, a value at most
-- $max_value (a repeat within a shorter window: days since the caller's previous ticket),
-- the incidents one change caused ($change_id), one CSAT score ($score_scale,
-- $score_value normalised; NULL = no narrowing each); paged and sorted by an
-- allow-listed $sort (checked by the caller, chosen here by CASE). ORDER BY names
-- p.occurred_at, the instant, not the formatted output column of the same name.
-- The page is picked first and only its rows are formatted: iso_local (a zoned format) over
-- every item before the sort cost most of a year's page at 1M tickets. The outer ORDER BY
-- repeats the page's order (a subquery's order is not kept by SQL).
-- {{parts}} is the metric's parts macro, parts_<metric> (routines/ticket_parts/), filled in by metric/parts-sql.ts.
WITH page AS (
    SELECT *
    FROM (
        -- The allow-listed sort as two keys, a number or a text, so both ORDER BYs read them.
        SELECT p.*,
               CASE $sort WHEN 'occurred_at' THEN epoch(p.occurred_at) WHEN 'value' THEN p.value END AS sort_number,
               CASE $sort
                   WHEN 'item_id' THEN item_id WHEN 'caller_id' THEN caller_id WHEN 'client' THEN client WHEN 'team' THEN team
                   WHEN 'agent' THEN agent WHEN 'channel' THEN channel WHEN 'priority' THEN priority
                   WHEN 'category' THEN category WHEN 'status' THEN status END AS sort_text
        FROM {{parts}}($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients) p
        WHERE CASE $part WHEN 'numerator' THEN num AND den WHEN 'denominator' THEN den WHEN 'excluded' THEN excluded IS NOT NULL END
          AND ($by IS NULL OR (
                CASE $by
                    WHEN 'client' THEN client WHEN 'team' THEN team WHEN 'agent' THEN agent
                    WHEN 'channel' THEN channel WHEN 'priority' THEN priority WHEN 'category' THEN category
                    WHEN 'service' THEN service WHEN 'fcr' THEN fcr_group
                END IS NOT DISTINCT FROM (CASE WHEN $key_is_null THEN NULL ELSE $key END)))
          AND ($bucket IS NULL OR strftime(date_trunc($grain, p.occurred_at), '%Y-%m-%d') = $bucket)
          AND ($caller IS NULL OR caller_id = $caller)
          AND ($max_value IS NULL OR value <= $max_value)
          AND ($change_id IS NULL OR item_id IN (SELECT ticket_id FROM tickets WHERE caused_by_change = $change_id))
          AND ($score_scale IS NULL OR (basis = $score_scale AND abs(value - $score_value) < 1e-9))
    ) k
    ORDER BY CASE WHEN $dir = 'asc' THEN sort_number END ASC NULLS LAST, CASE WHEN $dir = 'desc' THEN sort_number END DESC NULLS LAST,
             CASE WHEN $dir = 'asc' THEN sort_text END ASC NULLS LAST, CASE WHEN $dir = 'desc' THEN sort_text END DESC NULLS LAST,
             k.occurred_at, k.item_id
    LIMIT CAST($limit AS INTEGER) OFFSET CAST($offset AS INTEGER)
)
SELECT item_id, iso_local(occurred_at) AS occurred_at, caller_id, client, team, agent, channel, priority,
       category, service, status, subject, fcr_group, basis, num AS in_numerator, den AS in_denominator, excluded, value
FROM page
ORDER BY CASE WHEN $dir = 'asc' THEN page.sort_number END ASC NULLS LAST, CASE WHEN $dir = 'desc' THEN page.sort_number END DESC NULLS LAST,
         CASE WHEN $dir = 'asc' THEN page.sort_text END ASC NULLS LAST, CASE WHEN $dir = 'desc' THEN page.sort_text END DESC NULLS LAST,
         page.occurred_at, page.item_id
