-- The 15-minute slots of [p_from, p_to), each with the start of its bucket (p_grain, in the
-- reporting zone): a zoned date_trunc per item cost ~1 s a year at 1M tickets, an item's
-- slot (trend_slot, integer arithmetic) looked up here a tenth. A slot lies in one bucket
-- unless the zone's offset is not a multiple of 15 minutes; such slots (`whole` false), and
-- items outside the list, fall back to the item's own date_trunc, so every bucket is exact.
CREATE OR REPLACE MACRO trend_slots(p_from, p_to, p_grain) AS TABLE
SELECT slot, date_trunc(p_grain, make_timestamptz(slot * 900000000)) AS starts,
       date_trunc(p_grain, make_timestamptz(slot * 900000000)) = date_trunc(p_grain, make_timestamptz(slot * 900000000 + 899999999)) AS whole
FROM range(epoch_us(CAST(p_from AS DATE)::TIMESTAMPTZ) // 900000000, epoch_us(CAST(p_to AS DATE)::TIMESTAMPTZ) // 900000000 + 1) r(slot)
