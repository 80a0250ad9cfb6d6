-- Whether an export's text cell can be read as an instant the way its column is read
-- (fmts as for to_instant; an empty cell can); the importer rejects rows where it cannot.
CREATE OR REPLACE MACRO parses_as_instant(v, fmts) AS v IS NULL OR to_instant(v, fmts, '') IS NOT NULL
