-- An instant's 15-minute slot since 1970 (trend_slots lists them with their buckets);
-- NULL before 1970, whose items take their own date_trunc.
CREATE OR REPLACE MACRO trend_slot(instant) AS CASE WHEN epoch_us(instant) >= 0 THEN epoch_us(instant) // 900000000 END
