-- Each impact_windows change with its windows' tickets counted (impact_window_tickets): observed
-- (week 0), the baseline weeks kept and their tickets, counted now for the filters given
-- (insights/change_impact.sql's {{impact_window_weeks}}). impact_window_weeks_stored
-- (summary/setup/) gives the same rows from the stored counts when no filter is set.
CREATE OR REPLACE MACRO impact_window_weeks_counted(p_from, p_to, p_scan_from, p_scan_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, p_weeks, p_hours, p_keep_early) AS TABLE
SELECT w.change_id,
       coalesce(max(h.n) FILTER (WHERE w.k = 0), 0)::INTEGER AS observed,
       (count(*) FILTER (WHERE w.k > 0))::INTEGER AS baseline_weeks,
       coalesce(sum(h.n) FILTER (WHERE w.k > 0), 0)::INTEGER AS baseline_total
FROM impact_windows(p_from, p_to, p_client, p_allowed_clients, NULL::VARCHAR[], p_weeks, p_keep_early) w
-- Counted before meeting the windows: joining each ticket to its window first cost more than the count.
LEFT JOIN (
    SELECT change_id, k, count(*) AS n
    FROM impact_window_tickets(p_from, p_to, p_scan_from, p_scan_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, NULL::VARCHAR[], p_weeks, p_hours, p_keep_early)
    GROUP BY change_id, k
) h ON h.change_id = w.change_id AND h.k = w.k
GROUP BY w.change_id
