-- Whether an export's text cell can be read as yes/no (an empty cell can); sorts
-- after parse_flag.sql, which it uses.
CREATE OR REPLACE MACRO parses_as_flag(v) AS v IS NULL OR parse_flag(v) IS NOT NULL
