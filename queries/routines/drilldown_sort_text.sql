-- A drill-down's text sort key for the allow-listed p_sort (checked by the caller); the list
-- orders by it ascending or descending (p_dir) in two keys, one of them NULL.
CREATE OR REPLACE MACRO drilldown_sort_text(p_sort, item_id, caller_id, client, team, agent, channel, priority, category, status) AS
CASE p_sort
    WHEN 'item_id' THEN item_id WHEN 'caller_id' THEN caller_id WHEN 'client' THEN client WHEN 'team' THEN team
    WHEN 'agent' THEN agent WHEN 'channel' THEN channel WHEN 'priority' THEN priority
    WHEN 'category' THEN category WHEN 'status' THEN status
END
