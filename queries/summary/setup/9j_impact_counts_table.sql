-- The change impact's window counts over all tickets (src/lib/server/insights/change-impact.ts:
-- 24 h windows, 8 weeks of baseline, weeks before the first ticket too), per change and the
-- tickets' client, where a window holds any, with the change's end (what a refresh of changed
-- days finds it by): n0 the 24 h after the change, n1..n8 the same hours 1..8 weeks before.
-- Filled by summary/build_impact_counts.sql, kept by summary/days/; read by
-- impact_window_weeks_stored, so a client's pack sums its own. A row per window (change, week,
-- client) was 18M rows at 10M tickets with 200,000 changes, and joining a year's 1.66M windows to
-- them took ~280 of ~440 ms; a row per change and client is 2.2M.
CREATE TABLE IF NOT EXISTS impact_client_counts (
    client VARCHAR, actual_end TIMESTAMPTZ, change_id VARCHAR, n0 INTEGER, n1 INTEGER, n2 INTEGER, n3 INTEGER, n4 INTEGER, n5 INTEGER, n6 INTEGER, n7 INTEGER, n8 INTEGER
)
