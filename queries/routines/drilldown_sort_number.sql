-- A drill-down's numeric sort key for the allow-listed p_sort (checked by the caller): the instant
-- or the value, negated for p_dir 'desc' so one ascending key (NULLS LAST) gives either order.
CREATE OR REPLACE MACRO drilldown_sort_number(p_sort, p_dir, occurred_at, value) AS
CASE WHEN p_dir = 'desc' THEN -1 ELSE 1 END * CASE p_sort WHEN 'occurred_at' THEN epoch(occurred_at) WHEN 'value' THEN value END
