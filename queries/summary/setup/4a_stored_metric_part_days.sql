-- One metric part's stored count per day (metric_days: ticket_metric_parts_by_day's
-- <metric>_numerator, _denominator and _excluded count the items drilldown_keeps keeps for that
-- part), for the client and team filters as stored_metric_days takes them. p_metric and p_part
-- are checked by the caller and pick the column by CASE, so no identifier is built from input.
-- Read by metrics/drilldown_count_stored.sql and metrics/drilldown_page_days.sql.
CREATE OR REPLACE MACRO stored_metric_part_days(p_metric, p_part, p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT day, sum(CASE p_part
           WHEN 'numerator' THEN CASE p_metric WHEN 'volume' THEN volume_numerator WHEN 'fcr' THEN fcr_numerator WHEN 'repeat_contacts' THEN repeat_contacts_numerator WHEN 'change_caused' THEN change_caused_numerator WHEN 'change_suspected' THEN change_suspected_numerator WHEN 'change_linked' THEN change_linked_numerator WHEN 'csat' THEN csat_numerator WHEN 'sla' THEN sla_numerator END
           WHEN 'denominator' THEN CASE p_metric WHEN 'volume' THEN volume_denominator WHEN 'fcr' THEN fcr_denominator WHEN 'repeat_contacts' THEN repeat_contacts_denominator WHEN 'change_caused' THEN change_caused_denominator WHEN 'change_suspected' THEN change_suspected_denominator WHEN 'change_linked' THEN change_linked_denominator WHEN 'csat' THEN csat_denominator WHEN 'sla' THEN sla_denominator END
           WHEN 'excluded' THEN CASE p_metric WHEN 'volume' THEN volume_excluded WHEN 'fcr' THEN fcr_excluded WHEN 'repeat_contacts' THEN repeat_contacts_excluded WHEN 'change_caused' THEN change_caused_excluded WHEN 'change_suspected' THEN change_suspected_excluded WHEN 'change_linked' THEN change_linked_excluded WHEN 'csat' THEN csat_excluded WHEN 'sla' THEN sla_excluded END
       END)::BIGINT AS n
FROM stored_metric_days(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients)
GROUP BY day
