-- The change impact's window counts over all tickets (src/lib/server/insights/change-impact.ts:
-- 24 h windows, 8 weeks of baseline, weeks before the first ticket too), per change, week k and
-- the tickets' client, where a window holds any, with the change's end (what a refresh of changed
-- days finds it by). Filled by summary/build_impact_counts.sql, kept by summary/days/; read by
-- impact_window_counts_stored, so a client's pack sums its own. At 10M tickets with 200,000
-- changes, counting a year's windows took ~23 s a view, a client's ~3.6 s.
CREATE TABLE IF NOT EXISTS impact_client_counts (
    client VARCHAR, actual_end TIMESTAMPTZ, change_id VARCHAR, k BIGINT, n INTEGER
)
