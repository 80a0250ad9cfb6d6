-- Problems found while typing, one row per problem, with the row's position in
-- the file (rowid keeps file order: insertion order is preserved).
SELECT row_index, p.column_name, p.reason
FROM (
    SELECT rowid - (SELECT min(rowid) FROM import_typed) AS row_index, unnest(problems) AS p
    FROM import_typed WHERE NOT ok
)
ORDER BY row_index, p.column_name
