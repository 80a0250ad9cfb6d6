-- One batch of an import's tickets as they are stored ([p_first_row, p_end_row) of
-- import_latest's rows, with their previous contacts and stored outcomes), for
-- import/insert_tickets.sql and insert_tickets_sorted.sql. A temporary macro made by each
-- import before its inserts: DuckDB binds a macro's tables when it is made, and these two
-- (import_typed, import_previous) are the import's own temporary tables.
CREATE OR REPLACE TEMP MACRO stored_ticket_rows(p_import_id, p_source, p_default_csat_scale, p_first_row, p_end_row) AS TABLE
SELECT
    t.ticket_id, coalesce(t.source, p_source) AS source, t.created_at, t.first_response_at, t.resolved_at, t.closed_at, t.sla_due_at, t.sla_met,
    t.caller_id, t.client, t.site, t.agent, t.team, t.channel, t.priority, t.category, t.subcategory, t.service, t.status,
    t.reopen_count, t.reassignment_count, t.contact_count, t.first_contact_resolved, t.caused_by_change,
    t.related_change, t.csat_score,
    CASE WHEN t.csat_score IS NOT NULL THEN coalesce(t.csat_scale, p_default_csat_scale) END AS csat_scale,
    t.subject, t.extra, CAST(p_import_id AS INTEGER) AS import_id,
    p.prev AS prev_caller_ticket_at, p.prev_same AS prev_same_issue_at, p.run_start AS caller_run_start_at, p.run_before AS caller_run_before_at,
    t.priority_label, t.status_resolved,
    -- The settings-independent outcomes, stored once (routines/outcome_*.sql define them).
    outcome_resolved(t.resolved_at, t.closed_at, t.status, t.status_resolved) AS is_resolved,
    outcome_hours(t.created_at, t.resolved_at) AS resolution_hours, outcome_hours(t.created_at, t.first_response_at) AS first_response_hours,
    outcome_csat(t.csat_score, CASE WHEN t.csat_score IS NOT NULL THEN coalesce(t.csat_scale, p_default_csat_scale) END) AS csat_normalised
FROM import_typed t
JOIN import_previous p ON t.rowid = p.row_id
-- Both sides named, so each scan skips the row groups outside the batch.
WHERE t.rowid >= p_first_row AND t.rowid < p_end_row
  AND p.row_id >= p_first_row AND p.row_id < p_end_row
