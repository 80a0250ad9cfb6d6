-- Problems found while typing, one row per problem, in file order.
SELECT row_index, p.column_name, p.reason
FROM (SELECT row_index, unnest(problems) AS p FROM import_typed WHERE NOT ok)
ORDER BY row_index, p.column_name
