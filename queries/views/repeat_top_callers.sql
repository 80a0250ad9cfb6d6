-- The Repeat callers view's top callers, in metrics/repeat_caller_list.sql's order (most
-- tickets, then caller), with callers_total counting them all: counts only, so the costly
-- per-caller lists are built for the few shown (views/repeat_caller_details.sql), and the
-- times formatted for those rows alone.
SELECT caller_id, tickets, callers_total, iso_local(first_at) AS first_at, iso_local(last_at) AS last_at
FROM (
    SELECT caller_id, count(*)::INTEGER AS tickets, count(*) OVER ()::INTEGER AS callers_total,
           min(occurred_at) AS first_at, max(occurred_at) AS last_at
    FROM parts_repeat_callers($from, $to, $client, $team, $agent, $channel, $priority, $category, $allowed_clients)
    WHERE num
    GROUP BY caller_id
    ORDER BY tickets DESC, caller_id
    LIMIT CAST($limit AS INTEGER)
)
ORDER BY tickets DESC, caller_id
