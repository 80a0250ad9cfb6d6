-- impact_window_counts_counted's rows (routines/windows_after_changes/4_counts.sql) from the
-- stored counts: impact_counts with no client filter and every client visible, else the clients'
-- rows of impact_client_counts; for no filter but the client, 24 h windows and 8 weeks
-- (change-impact.ts decides). A window without a stored row holds no ticket: every window is
-- counted, those before the first ticket too, and every changed day recounts the changes whose
-- windows touch it (summary/days/9g_, 9h_).
CREATE OR REPLACE MACRO impact_window_counts_stored(p_from, p_to, p_scan_from, p_scan_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, p_weeks, p_hours, p_keep_early) AS TABLE
SELECT w.change_id, w.k, coalesce(c.n, 0)::INTEGER AS n
FROM impact_windows(p_from, p_to, p_client, p_allowed_clients, NULL::VARCHAR[], p_weeks, p_keep_early) w
LEFT JOIN (
    SELECT change_id, k, n
    FROM impact_counts
    WHERE p_client IS NULL AND p_allowed_clients IS NULL
      AND actual_end >= CAST(p_from AS DATE) AND actual_end < CAST(p_to AS DATE)
    UNION ALL
    SELECT change_id, k, sum(n)
    FROM impact_client_counts
    WHERE NOT (p_client IS NULL AND p_allowed_clients IS NULL)
      AND (p_client IS NULL OR client = p_client)
      AND (p_allowed_clients IS NULL OR list_contains(p_allowed_clients, client))
      AND actual_end >= CAST(p_from AS DATE) AND actual_end < CAST(p_to AS DATE)
    GROUP BY change_id, k
) c ON c.change_id = w.change_id AND c.k = w.k
