-- impact_client_counts summed over the clients: per change and week k, for a view with no client
-- filter (impact_window_counts_stored). Filled with it.
CREATE TABLE IF NOT EXISTS impact_counts (
    actual_end TIMESTAMPTZ, change_id VARCHAR, k BIGINT, n INTEGER
)
