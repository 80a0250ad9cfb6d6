-- Whether a metric's item (a row of its parts macro, routines/ticket_parts/) is in the drill-down
-- asked: its part ('numerator', 'denominator' or 'excluded'), one breakdown key (p_by, p_key;
-- p_key_is_null for the "no value" row), one trend bucket (p_grain, p_bucket), one caller, a value
-- at most p_max_value (a repeat within a shorter window: days since the caller's previous ticket),
-- the incidents one change caused (p_change_id), one CSAT score (p_score_scale, p_score_value
-- normalised); NULL = no narrowing each. Written once for the list (metrics/drilldown.sql,
-- metrics/drilldown_page.sql) and its count (metrics/drilldown_count.sql). p_by is checked by the
-- caller and chosen here by CASE, so no identifier is ever built from input.
CREATE OR REPLACE MACRO drilldown_keeps(num, den, excluded, item_id, occurred_at, caller_id, client, team, agent, channel, priority,
                                        category, service, fcr_group, basis, value, p_part, p_by, p_key, p_key_is_null, p_grain,
                                        p_bucket, p_caller, p_max_value, p_change_id, p_score_scale, p_score_value) AS
CASE p_part WHEN 'numerator' THEN num AND den WHEN 'denominator' THEN den WHEN 'excluded' THEN excluded IS NOT NULL END
AND (p_by IS NULL OR (
      CASE p_by
          WHEN 'client' THEN client WHEN 'team' THEN team WHEN 'agent' THEN agent
          WHEN 'channel' THEN channel WHEN 'priority' THEN priority WHEN 'category' THEN category
          WHEN 'service' THEN service WHEN 'fcr' THEN fcr_group
      END IS NOT DISTINCT FROM (CASE WHEN p_key_is_null THEN NULL ELSE p_key END)))
AND (p_bucket IS NULL OR strftime(date_trunc(p_grain, occurred_at), '%Y-%m-%d') = p_bucket)
AND (p_caller IS NULL OR caller_id = p_caller)
AND (p_max_value IS NULL OR value <= p_max_value)
AND (p_change_id IS NULL OR item_id IN (SELECT ticket_id FROM tickets WHERE caused_by_change = p_change_id))
AND (p_score_scale IS NULL OR (basis = p_score_scale AND abs(value - p_score_value) < 1e-9))
