-- Version 10: each ticket keeps when its caller's ticket (threshold - 1) before it, and the one
-- (threshold) before it, opened (the repeat_caller_threshold setting), so the headline's count of
-- repeat callers is one pass over the period's tickets instead of a grouping of every caller.
-- Kept for the threshold caller_runs_state records; rows stored before this version get them
-- when the database opens (caller-runs.ts).
ALTER TABLE tickets ADD COLUMN caller_run_start_at TIMESTAMPTZ;
ALTER TABLE tickets ADD COLUMN caller_run_before_at TIMESTAMPTZ;
ALTER TABLE ticket_versions ADD COLUMN caller_run_start_at TIMESTAMPTZ;
ALTER TABLE ticket_versions ADD COLUMN caller_run_before_at TIMESTAMPTZ;
