-- Whether a caller's earlier ticket lies within `days` × 24 hours before a later one
-- (inclusive): the repeat-contact window, written once. Elapsed microseconds, so it is
-- exact across DST and cheap at a million tickets; NULL when there is no earlier ticket.
CREATE OR REPLACE MACRO repeat_within(earlier, later, days) AS
    epoch_us(later) - epoch_us(earlier) <= CAST(days AS BIGINT) * 86400000000
