-- The repeat-caller threshold the tickets' stored caller runs (caller_run_start_at,
-- caller_run_before_at) were worked out for; none yet, or another one, and they are not read.
CREATE TABLE IF NOT EXISTS caller_runs_state (threshold INTEGER NOT NULL)
