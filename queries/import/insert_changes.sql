-- Stores the staged changes that passed validation; the last row wins for a repeated id.
INSERT INTO changes
SELECT trim(change_id), service, client,
       CAST(planned_start AS TIMESTAMPTZ), CAST(planned_end AS TIMESTAMPTZ),
       CAST(actual_start AS TIMESTAMPTZ), CAST(actual_end AS TIMESTAMPTZ),
       outcome, summary, extra, CAST($import_id AS INTEGER)
FROM import_staged
WHERE row_index NOT IN (SELECT row_index FROM import_reject_report WHERE row_index IS NOT NULL)
QUALIFY row_number() OVER (PARTITION BY change_id ORDER BY row_index DESC) = 1
