-- The one filter scope every metric reads: tickets created in [p_from, p_to) (dates
-- in the reporting zone) matching the filters (NULL = any), with per-ticket outcomes
-- (each written once in routines/outcome_*.sql): the settings-independent ones stored
-- with the ticket (t.is_resolved, t.resolution_hours, t.first_response_hours,
-- t.csat_normalised), the ones settings decide (FCR, SLA) worked out here.
CREATE OR REPLACE MACRO scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) AS TABLE
SELECT
    t.*,
    outcome_fcr(t.first_contact_resolved, t.reassignment_count, t.reopen_count, t.contact_count,
                i.uses_reassignment, i.uses_reopen, i.uses_contacts) AS fcr_outcome,
    -- Which rule decided FCR, and why it could not be decided (for the definitions).
    CASE
        WHEN t.first_contact_resolved IS NOT NULL THEN 'flag'
        WHEN NOT (i.uses_reassignment OR i.uses_reopen OR i.uses_contacts) THEN 'no criterion'
        WHEN (i.uses_reassignment AND t.reassignment_count IS NULL)
          OR (i.uses_reopen AND t.reopen_count IS NULL)
          OR (i.uses_contacts AND t.contact_count IS NULL) THEN 'criterion missing'
        ELSE 'criteria'
    END AS fcr_basis,
    -- Whether the ticket's export carries the counts (why a ticket without one is excluded).
    i.carries_reopen_count, i.carries_reassignment_count,
    outcome_sla(t.sla_met, t.sla_due_at, t.created_at, t.resolved_at, t.closed_at, t.status_resolved,
                t.sla_target_hours, data_end.instant) AS sla_outcome,
    CASE
        WHEN t.sla_met IS NOT NULL THEN 'flag'
        WHEN t.sla_due_at IS NOT NULL THEN 'due date'
        WHEN t.sla_target_hours IS NOT NULL THEN 'target'
    END AS sla_basis
    -- (t.* holds t.sla_target_hours, the target the SLA outcome read.)
FROM (
    -- The priority's SLA target, looked up in the settings' few targets only where a query reads
    -- it: a join on them cost every scan ~40 ms per 10M tickets, read or not.
    SELECT t.*, targets.hours[list_position(targets.priorities, t.priority)] AS sla_target_hours
    FROM tickets t
    CROSS JOIN (SELECT list(priority) AS priorities, list(target_hours) AS hours FROM priority_sla_targets()) targets
) t
-- Per import (a handful of rows): which FCR criteria the file carries and settings keep.
JOIN (
    SELECT import_id,
           outcome_fcr_criterion(columns, 'reassignment_count') AS uses_reassignment,
           outcome_fcr_criterion(columns, 'reopen_count') AS uses_reopen,
           outcome_fcr_criterion(columns, 'contact_count') AS uses_contacts,
           list_contains(columns, 'reopen_count') AS carries_reopen_count,
           list_contains(columns, 'reassignment_count') AS carries_reassignment_count
    FROM imports
) i ON i.import_id = t.import_id
CROSS JOIN (
    SELECT max(created_at) AS instant
    FROM tickets
) data_end
WHERE t.created_at >= CAST(p_from AS DATE)
  AND t.created_at < CAST(p_to AS DATE)
  AND (p_client IS NULL OR t.client = p_client)
  AND (p_team IS NULL OR t.team = p_team)
  AND (p_agent IS NULL OR t.agent = p_agent)
  AND (p_channel IS NULL OR t.channel = p_channel)
  AND (p_priority IS NULL OR t.priority = p_priority)
  AND (p_category IS NULL OR t.category = p_category)
  AND (p_allowed_clients IS NULL OR list_contains(p_allowed_clients, t.client))
