-- The threshold the stored caller runs were worked out for (NULL: never, or being redone).
SELECT max(threshold) AS threshold FROM caller_runs_state
