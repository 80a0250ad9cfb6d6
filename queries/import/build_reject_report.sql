-- The import's validation report as a table, one row per problem, for the first
-- $max_rows rows the reader dropped and the first $max_rows rows typing refused, each
-- with its record number (0 = the header) and, until reject_lines.sql puts in the
-- editor line, the reader's count (record + 1: exact unless a value spans lines).
CREATE OR REPLACE TEMP TABLE import_reject_report AS
WITH dropped AS (
    -- DuckDB's reader numbers records from 1 with the header, so its line L is record L - 1.
    SELECT DISTINCT CAST(line AS BIGINT) - 1 AS record FROM import_reader_rejects
),
gaps AS (
    -- Staged rows before the i-th dropped record: record - i. A typed row k comes after
    -- the j dropped records with record - i <= k, so it is record k + 1 + j.
    SELECT record - row_number() OVER (ORDER BY record) AS staged_before, row_number() OVER (ORDER BY record) AS j
    FROM dropped
),
skips AS (
    SELECT staged_before, max(j) AS j FROM gaps GROUP BY staged_before
),
typed AS (
    SELECT rowid - (SELECT min(rowid) FROM import_typed) AS row_index, problems
    FROM import_typed
    WHERE NOT ok
    ORDER BY rowid
    LIMIT CAST($max_rows AS BIGINT)
),
typed_problems AS (
    SELECT t.row_index + 1 + coalesce(s.j, 0) AS record, unnest(t.problems, recursive := true)
    FROM typed t
    ASOF LEFT JOIN skips s ON t.row_index >= s.staged_before
),
reader_problems AS (
    SELECT DISTINCT ON (line) CAST(line AS BIGINT) - 1 AS record, column_name, error_message AS reason, csv_line AS raw_line
    FROM import_reader_rejects
    ORDER BY line
    LIMIT CAST($max_rows AS BIGINT)
)
SELECT record, record + 1 AS line, column_name, reason, raw_line FROM reader_problems
UNION ALL
SELECT record, record + 1, column_name, reason, NULL FROM typed_problems
