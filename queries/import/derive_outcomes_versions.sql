-- As derive_outcomes.sql, for the replaced versions kept for undo (restored as they are).
UPDATE ticket_versions
SET is_resolved = outcome_resolved(resolved_at, closed_at, status, status_resolved),
    resolution_hours = outcome_hours(created_at, resolved_at),
    first_response_hours = outcome_hours(created_at, first_response_at),
    csat_normalised = outcome_csat(csat_score, csat_scale)
WHERE is_resolved IS NULL
