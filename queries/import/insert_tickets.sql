-- Stores one batch of the file's tickets ([$first_row, $end_row) of import_latest's
-- rows): batches bound the join's memory, so a 1 GB upload fits the server's cap.
INSERT INTO tickets (
    ticket_id, source, created_at, first_response_at, resolved_at, closed_at, sla_due_at, sla_met,
    caller_id, client, site, agent, team, channel, priority, category, subcategory, service, status,
    reopen_count, reassignment_count, contact_count, first_contact_resolved, caused_by_change,
    related_change, csat_score, csat_scale, subject, extra, import_id,
    prev_caller_ticket_at, prev_same_issue_at, caller_run_start_at, caller_run_before_at, priority_label, status_resolved,
    is_resolved, resolution_hours, first_response_hours, csat_normalised)
SELECT
    t.ticket_id, coalesce(t.source, $source), t.created_at, t.first_response_at, t.resolved_at, t.closed_at, t.sla_due_at, t.sla_met,
    t.caller_id, t.client, t.site, t.agent, t.team, t.channel, t.priority, t.category, t.subcategory, t.service, t.status,
    t.reopen_count, t.reassignment_count, t.contact_count, t.first_contact_resolved, t.caused_by_change,
    t.related_change, t.csat_score,
    CASE WHEN t.csat_score IS NOT NULL THEN coalesce(t.csat_scale, $default_csat_scale) END,
    t.subject, t.extra, CAST($import_id AS INTEGER), p.prev, p.prev_same, p.run_start, p.run_before, t.priority_label, t.status_resolved,
    -- The settings-independent outcomes, stored once (routines/outcome_*.sql define them).
    outcome_resolved(t.resolved_at, t.closed_at, t.status, t.status_resolved),
    outcome_hours(t.created_at, t.resolved_at), outcome_hours(t.created_at, t.first_response_at),
    outcome_csat(t.csat_score, CASE WHEN t.csat_score IS NOT NULL THEN coalesce(t.csat_scale, $default_csat_scale) END)
FROM import_typed t
JOIN import_previous p ON t.rowid = p.row_id
-- Both sides named, so each scan skips the row groups outside the batch.
WHERE t.rowid >= $first_row AND t.rowid < $end_row
  AND p.row_id >= $first_row AND p.row_id < $end_row
