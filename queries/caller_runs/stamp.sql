-- Records the threshold every ticket's caller run was just worked out for.
CREATE OR REPLACE TABLE caller_runs_state AS SELECT CAST($threshold AS INTEGER) AS threshold
