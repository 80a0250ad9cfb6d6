-- The import's validation report as a table: one row per problem, from the JSON
-- the importer assembled (reader rejects and typing problems, with their lines).
CREATE OR REPLACE TEMP TABLE import_reject_report AS
SELECT r.line, r.column_name, r.reason, r.raw_line
FROM (
    SELECT unnest(from_json($report, '[{"line":"BIGINT","column_name":"VARCHAR","reason":"VARCHAR","raw_line":"VARCHAR"}]')) AS r
)
