-- Whether an export's text cell can be read as an instant (an empty cell can);
-- the importer rejects rows where it cannot.
CREATE OR REPLACE MACRO parses_as_instant(v) AS v IS NULL OR TRY_CAST(v AS TIMESTAMPTZ) IS NOT NULL
