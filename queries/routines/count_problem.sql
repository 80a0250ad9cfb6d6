-- A rejected row's problem with a count (reopens, reassignments, contacts), or NULL:
-- raw is the file's text, n its count_value.
CREATE OR REPLACE MACRO count_problem(field, raw, n) AS
CASE WHEN raw IS NOT NULL AND n IS NULL THEN {'column_name': field, 'reason': 'not a whole number: ' || raw}
     WHEN n < 0 THEN {'column_name': field, 'reason': 'a count cannot be negative: ' || raw} END
