-- The staged change rows typed, as a view read by the steps after it: values
-- parsed, `ok` when the row can be stored, and its problems listed when it cannot.
CREATE OR REPLACE TEMP VIEW import_typed AS
SELECT
    s.rowid - (SELECT min(rowid) FROM import_staged) AS row_index,
    nullif(trim(s.change_id), '') AS change_id,
    s.service, s.client,
    TRY_CAST(s.planned_start AS TIMESTAMPTZ) AS planned_start,
    TRY_CAST(s.planned_end AS TIMESTAMPTZ) AS planned_end,
    TRY_CAST(s.actual_start AS TIMESTAMPTZ) AS actual_start,
    TRY_CAST(s.actual_end AS TIMESTAMPTZ) AS actual_end,
    s.outcome, s.summary, s.extra,
    nullif(trim(s.change_id), '') IS NOT NULL
        AND parses_as_instant(s.planned_start) AND parses_as_instant(s.planned_end)
        AND parses_as_instant(s.actual_start) AND parses_as_instant(s.actual_end) AS ok,
    list_filter([
        CASE WHEN nullif(trim(s.change_id), '') IS NULL THEN {'column_name': 'change_id', 'reason': 'change_id is empty'} END,
        CASE WHEN NOT parses_as_instant(s.planned_start) THEN {'column_name': 'planned_start', 'reason': 'not a date/time: ' || s.planned_start} END,
        CASE WHEN NOT parses_as_instant(s.planned_end) THEN {'column_name': 'planned_end', 'reason': 'not a date/time: ' || s.planned_end} END,
        CASE WHEN NOT parses_as_instant(s.actual_start) THEN {'column_name': 'actual_start', 'reason': 'not a date/time: ' || s.actual_start} END,
        CASE WHEN NOT parses_as_instant(s.actual_end) THEN {'column_name': 'actual_end', 'reason': 'not a date/time: ' || s.actual_end} END
    ], p -> p IS NOT NULL) AS problems
FROM import_staged s
