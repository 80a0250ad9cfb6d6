-- The 15-minute slots of [p_from, p_to), each with the start of its bucket (p_grain, in the
-- reporting zone): a zoned date_trunc per item cost ~1 s a year at 1M tickets, an item's
-- slot (trend_slot, integer arithmetic) looked up here a tenth. A slot lies in one bucket
-- unless the zone's offset is not a multiple of 15 minutes; such slots (`whole` false), and
-- items outside the list, fall back to the item's own date_trunc, so every bucket is exact.
-- The zoned date_trunc is asked per hour, and per slot only in an hour a bucket starts inside
-- (not at its start or end): a bucket start only moves forward, so an hour that begins and ends
-- in one bucket, or ends exactly where the next begins, holds its four slots whole. Three per
-- slot took ~30 ms for a year's 35,040 slots, in every trend a view asks for.
CREATE OR REPLACE MACRO trend_slots(p_from, p_to, p_grain) AS TABLE
WITH span AS (
    SELECT epoch_us(CAST(p_from AS DATE)::TIMESTAMPTZ) // 900000000 AS first_slot,
           epoch_us(CAST(p_to AS DATE)::TIMESTAMPTZ) // 900000000 AS last_slot
),
hours AS (
    SELECT hour, starts, lead(starts) OVER (ORDER BY hour) AS next_starts
    FROM (
        SELECT r.hour, date_trunc(p_grain, make_timestamptz(r.hour * 3600000000)) AS starts
        FROM span, range(floor(first_slot / 4)::BIGINT, floor(last_slot / 4)::BIGINT + 2) r(hour)
    )
),
slots AS (
    SELECT unnest(range(hour * 4, hour * 4 + 4)) AS slot, starts, true AS whole
    FROM hours
    WHERE next_starts = starts OR next_starts = make_timestamptz((hour + 1) * 3600000000)
    UNION ALL
    SELECT slot, date_trunc(p_grain, make_timestamptz(slot * 900000000)) AS starts,
           date_trunc(p_grain, make_timestamptz(slot * 900000000)) = date_trunc(p_grain, make_timestamptz(slot * 900000000 + 899999999)) AS whole
    FROM (
        SELECT unnest(range(hour * 4, hour * 4 + 4)) AS slot
        FROM hours
        WHERE next_starts IS NOT NULL AND next_starts <> starts AND next_starts <> make_timestamptz((hour + 1) * 3600000000)
    )
)
SELECT slots.slot, slots.starts, slots.whole
FROM slots, span
WHERE slots.slot >= span.first_slot AND slots.slot <= span.last_slot
