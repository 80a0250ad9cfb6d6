-- Tickets created in [p_from, p_to) without any change link that opened within p_hours
-- after a change ended (actual_end) on the same service, or, for a change naming no
-- service, for the same client; a change naming a client only counts for that client.
-- The "suspected change-caused" rule, written once. Each change is listed once per UTC
-- day its window touches, so tickets meet only that day's changes through a hash join
-- (not every change of their service): fast at 1M tickets and thousands of changes.
CREATE OR REPLACE MACRO suspected_by_change(p_from, p_to, p_hours) AS TABLE
WITH t AS (
    SELECT ticket_id, created_at, service, client, epoch_us(created_at) // 86400000000 AS day
    FROM tickets
    WHERE created_at >= CAST(p_from AS DATE) AND created_at < CAST(p_to AS DATE)
      AND caused_by_change IS NULL AND related_change IS NULL
),
w AS (
    SELECT service, client, actual_end,
           unnest(range(epoch_us(actual_end) // 86400000000,
                        (epoch_us(actual_end) + CAST(p_hours AS BIGINT) * 3600000000) // 86400000000 + 1)) AS day
    FROM changes
    WHERE actual_end IS NOT NULL AND (service IS NOT NULL OR client IS NOT NULL)
)
SELECT t.ticket_id
FROM t JOIN w ON w.day = t.day AND w.service = t.service
WHERE (w.client IS NULL OR w.client = t.client)
  AND epoch_us(t.created_at) >= epoch_us(w.actual_end)
  AND epoch_us(t.created_at) - epoch_us(w.actual_end) < CAST(p_hours AS BIGINT) * 3600000000
UNION
SELECT t.ticket_id
FROM t JOIN w ON w.day = t.day AND w.client = t.client
WHERE w.service IS NULL
  AND epoch_us(t.created_at) >= epoch_us(w.actual_end)
  AND epoch_us(t.created_at) - epoch_us(w.actual_end) < CAST(p_hours AS BIGINT) * 3600000000
