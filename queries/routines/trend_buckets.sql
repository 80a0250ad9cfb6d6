-- Every bucket (day, week from Monday, month) of [p_from, p_to) in the reporting zone, as
-- 'YYYY-MM-DD' of its start, empty ones too: the x axis every trend query joins onto.
CREATE OR REPLACE MACRO trend_buckets(p_from, p_to, p_grain) AS TABLE
SELECT strftime(range, '%Y-%m-%d') AS bucket
FROM range(
    date_trunc(p_grain, CAST(p_from AS DATE)::TIMESTAMPTZ),
    CAST(p_to AS DATE)::TIMESTAMPTZ,
    CASE p_grain WHEN 'day' THEN INTERVAL 1 DAY WHEN 'week' THEN INTERVAL 7 DAY ELSE INTERVAL 1 MONTH END)
