-- How many rows were rejected: by the reader (wrong column count, a bad count)
-- and by typing (dates, flags, scores); each row counts once however many problems.
SELECT (SELECT count(DISTINCT line) FROM import_reader_rejects)::BIGINT AS reader_rows,
       (SELECT count(*) FROM import_typed WHERE NOT ok)::BIGINT AS typed_rows
