-- Rows of a staged changes file that cannot be stored: no id, or a bad date/time.
SELECT row_index, column_name, value, reason
FROM (
    SELECT row_index, 'change_id' AS column_name, NULL AS value, 'change_id is empty' AS reason
    FROM import_staged WHERE change_id IS NULL OR trim(change_id) = ''
    UNION ALL
    SELECT s.row_index, c.column_name, c.value, 'not a date/time: ' || c.value
    FROM import_staged s,
         unnest([
            {'column_name': 'planned_start', 'value': s.planned_start},
            {'column_name': 'planned_end', 'value': s.planned_end},
            {'column_name': 'actual_start', 'value': s.actual_start},
            {'column_name': 'actual_end', 'value': s.actual_end}
         ]) AS u(c)
    WHERE c.value IS NOT NULL AND TRY_CAST(c.value AS TIMESTAMPTZ) IS NULL
)
ORDER BY row_index, column_name
