-- The resolution time's exact median and p90 per trend bucket (p_grain) of [p_from, p_to), a
-- row per bucket with items: quantile_cont over the bucket's own items (ticket_metric_parts),
-- bucketed by their 15-minute slots (routines/trend_slots.sql), for views/overview_trends.sql
-- under any filter. resolution_time_buckets_stored.sql gives the same numbers from the stored bins.
CREATE OR REPLACE MACRO resolution_time_buckets_counted(p_from, p_to, p_grain, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
-- Grouped by the bucket's start and only then written as text: strftime of every item's
-- zoned instant was two thirds of this query (12 months at 1M: 250 -> 105 ms).
SELECT strftime(starts, '%Y-%m-%d') AS bucket, quantiles[1] AS median, quantiles[2] AS p90
FROM (
    SELECT CASE WHEN s.whole THEN s.starts ELSE date_trunc(p_grain, r.occurred_at) END AS starts,
           -- Both quantiles from one sort of the bucket's values.
           quantile_cont(r.resolution_time_value, [0.5, 0.9]) AS quantiles
    FROM (
        SELECT occurred_at, resolution_time_value, trend_slot(occurred_at) AS slot
        FROM ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL)
        WHERE resolution_time_item AND resolution_time_den
    ) r
    LEFT JOIN trend_slots(p_from, p_to, p_grain) s USING (slot)
    GROUP BY ALL
)
