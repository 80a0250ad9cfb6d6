-- impact_client_counts summed over the clients: per change, n0..n8 as there, for a view with no
-- client filter (impact_window_weeks_stored). Filled with it.
CREATE TABLE IF NOT EXISTS impact_counts (
    actual_end TIMESTAMPTZ, change_id VARCHAR, n0 INTEGER, n1 INTEGER, n2 INTEGER, n3 INTEGER, n4 INTEGER, n5 INTEGER, n6 INTEGER, n7 INTEGER, n8 INTEGER
)
