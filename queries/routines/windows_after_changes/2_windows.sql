-- Each impact_changes change's windows: the p_hours after it ended (k = 0) and the same hours of
-- the week 1..p_weeks weeks before (its baseline), w_start in epoch microseconds. Weeks before the
-- first ticket are left out, not counted as quiet, unless p_keep_early (the stored counts keep
-- them: an older file may move the first ticket).
CREATE OR REPLACE MACRO impact_windows(p_from, p_to, p_client, p_allowed_clients, p_changes, p_weeks, p_keep_early) AS TABLE
SELECT ch.change_id, ch.service, ch.client, r.k, epoch_us(ch.actual_end) - r.k * 604800000000 AS w_start
FROM impact_changes(p_from, p_to, p_client, p_allowed_clients, p_changes) ch,
     range(0, CAST(p_weeks AS BIGINT) + 1) r(k),
     (SELECT epoch_us(min(created_at)) AS us FROM tickets) f
WHERE r.k = 0 OR p_keep_early OR epoch_us(ch.actual_end) - r.k * 604800000000 >= f.us
