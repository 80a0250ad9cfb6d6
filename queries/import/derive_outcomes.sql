-- The stored outcomes of tickets stored before they were kept (schema 0008): the same
-- routines the import writes them with. A stored ticket always has is_resolved, so only
-- such older rows match, and a database already upgraded updates nothing.
UPDATE tickets
SET is_resolved = outcome_resolved(resolved_at, closed_at, status, status_resolved),
    resolution_hours = outcome_hours(created_at, resolved_at),
    first_response_hours = outcome_hours(created_at, first_response_at),
    csat_normalised = outcome_csat(csat_score, csat_scale)
WHERE is_resolved IS NULL
