-- Elapsed hours between two instants (resolution, first response), written once. From
-- microsecond epochs: exact across DST, and far cheaper than subtracting zoned timestamps
-- (calendar arithmetic), which dominated at 1M tickets. NULL when either is missing.
CREATE OR REPLACE MACRO outcome_hours(start_at, end_at) AS (epoch_us(end_at) - epoch_us(start_at)) / 3600e6
