-- Whether a ticket is resolved, written once: scoped_tickets (the metrics' scope) and an
-- import's plausibility checks (over its typed rows) both read it.
CREATE OR REPLACE MACRO outcome_resolved(resolved_at, closed_at, status, status_resolved) AS
    resolved_at IS NOT NULL
    OR (closed_at IS NOT NULL
        AND coalesce(lower(status), '') NOT IN ('cancelled', 'canceled', 'rejected', 'duplicate'))
    -- A status that says done (no timestamp): resolved, its resolution time unknown.
    OR coalesce(status_resolved, false)
