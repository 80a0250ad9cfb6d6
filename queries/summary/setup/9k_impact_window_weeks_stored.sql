-- impact_window_weeks_counted's rows (routines/windows_after_changes/4_counts.sql) from the
-- stored counts: impact_counts with no client filter and every client visible, else the clients'
-- rows of impact_client_counts summed; for no filter but the client, 24 h windows and 8 weeks
-- (change-impact.ts decides; p_weeks, p_hours and the scan are what the counts were made with).
-- A change without a stored row had no ticket in any window: every window is counted, those
-- before the first ticket too, and every changed day recounts the changes whose windows touch it
-- (summary/days/9g_, 9h_). The baseline weeks are those impact_windows keeps: week k only where
-- the change's end minus k weeks is not before the first ticket (all 8 with p_keep_early), so a
-- change's weeks are 1..weeks and its baseline the sum of their counts.
CREATE OR REPLACE MACRO impact_window_weeks_stored(p_from, p_to, p_scan_from, p_scan_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, p_weeks, p_hours, p_keep_early) AS TABLE
WITH p AS (
    SELECT ch.change_id,
           CASE WHEN p_keep_early THEN 8
                ELSE coalesce(greatest(0, least(8, (epoch_us(ch.actual_end) - f.us) // 604800000000)), 0) END AS weeks
    FROM impact_changes(p_from, p_to, p_client, p_allowed_clients, NULL::VARCHAR[]) ch,
         (SELECT epoch_us(min(created_at)) AS us FROM tickets) f
),
c AS (
    SELECT change_id, n0, n1, n2, n3, n4, n5, n6, n7, n8
    FROM impact_counts
    WHERE p_client IS NULL AND p_allowed_clients IS NULL
      AND actual_end >= CAST(p_from AS DATE) AND actual_end < CAST(p_to AS DATE)
    UNION ALL
    SELECT change_id, sum(n0) AS n0, sum(n1) AS n1, sum(n2) AS n2, sum(n3) AS n3, sum(n4) AS n4, sum(n5) AS n5, sum(n6) AS n6, sum(n7) AS n7, sum(n8) AS n8
    FROM impact_client_counts
    WHERE NOT (p_client IS NULL AND p_allowed_clients IS NULL)
      AND (p_client IS NULL OR client = p_client)
      AND (p_allowed_clients IS NULL OR list_contains(p_allowed_clients, client))
      AND actual_end >= CAST(p_from AS DATE) AND actual_end < CAST(p_to AS DATE)
    GROUP BY change_id
)
SELECT p.change_id, coalesce(c.n0, 0)::INTEGER AS observed, p.weeks::INTEGER AS baseline_weeks,
       coalesce(CASE WHEN p.weeks >= 1 THEN c.n1 ELSE 0 END + CASE WHEN p.weeks >= 2 THEN c.n2 ELSE 0 END + CASE WHEN p.weeks >= 3 THEN c.n3 ELSE 0 END + CASE WHEN p.weeks >= 4 THEN c.n4 ELSE 0 END + CASE WHEN p.weeks >= 5 THEN c.n5 ELSE 0 END + CASE WHEN p.weeks >= 6 THEN c.n6 ELSE 0 END + CASE WHEN p.weeks >= 7 THEN c.n7 ELSE 0 END + CASE WHEN p.weeks >= 8 THEN c.n8 ELSE 0 END, 0)::INTEGER AS baseline_total
FROM p
LEFT JOIN c USING (change_id)
