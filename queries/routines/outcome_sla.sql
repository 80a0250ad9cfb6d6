-- A ticket's SLA outcome, written once (scoped_tickets, an import's checks): explicit
-- flag, else the due date, else the priority's target (target_hours). An open ticket is
-- breached once its due date or target has passed by data_end (the newest ticket, not
-- the clock: the same data gives the same numbers tomorrow); closed-unresolved
-- (cancelled) tickets have no outcome.
CREATE OR REPLACE MACRO outcome_sla(sla_met, sla_due_at, created_at, resolved_at, closed_at, status_resolved, target_hours, data_end) AS
CASE
    WHEN sla_met IS NOT NULL THEN sla_met
    WHEN sla_due_at IS NOT NULL AND resolved_at IS NOT NULL THEN resolved_at <= sla_due_at
    WHEN sla_due_at IS NOT NULL AND closed_at IS NULL AND NOT coalesce(status_resolved, false) AND sla_due_at < data_end THEN false
    WHEN sla_due_at IS NULL AND resolved_at IS NOT NULL AND target_hours IS NOT NULL
        THEN epoch_us(resolved_at) - epoch_us(created_at) <= target_hours * 3600e6
    WHEN sla_due_at IS NULL AND resolved_at IS NULL AND closed_at IS NULL AND NOT coalesce(status_resolved, false) AND target_hours IS NOT NULL
         AND epoch_us(data_end) - epoch_us(created_at) > target_hours * 3600e6 THEN false
END
