-- Rows of the staged file that cannot be stored: no id, or a date/time or yes/no
-- value that does not parse. One row per problem, with the staged row index.
SELECT row_index, column_name, value, reason
FROM (
    SELECT row_index, 'ticket_id' AS column_name, NULL AS value, 'ticket_id is empty' AS reason
    FROM import_staged WHERE ticket_id IS NULL OR trim(ticket_id) = ''
    UNION ALL
    SELECT row_index, 'created_at', created_at, 'created_at is empty'
    FROM import_staged WHERE created_at IS NULL
    UNION ALL
    SELECT s.row_index, c.column_name, c.value, 'not a date/time: ' || c.value
    FROM import_staged s,
         unnest([
            {'column_name': 'created_at', 'value': s.created_at},
            {'column_name': 'first_response_at', 'value': s.first_response_at},
            {'column_name': 'resolved_at', 'value': s.resolved_at},
            {'column_name': 'closed_at', 'value': s.closed_at},
            {'column_name': 'sla_due_at', 'value': s.sla_due_at}
         ]) AS u(c)
    WHERE c.value IS NOT NULL AND TRY_CAST(c.value AS TIMESTAMPTZ) IS NULL
    UNION ALL
    SELECT s.row_index, c.column_name, c.value, 'not yes/no: ' || c.value
    FROM import_staged s,
         unnest([
            {'column_name': 'sla_met', 'value': s.sla_met},
            {'column_name': 'first_contact_resolved', 'value': s.first_contact_resolved}
         ]) AS u(c)
    WHERE c.value IS NOT NULL AND parse_flag(c.value) IS NULL
)
ORDER BY row_index, column_name
