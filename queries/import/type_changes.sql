-- Reads the file once (import_source, the importer's read_csv view) into typed
-- change rows: values parsed, `ok` when the row can be stored, its problems when not.
CREATE OR REPLACE TEMP TABLE import_typed AS
SELECT
    * EXCLUDE (raw_planned_start, raw_planned_end, raw_actual_start, raw_actual_end),
    CASE WHEN NOT ok THEN list_filter([
        CASE WHEN change_id IS NULL THEN {'column_name': 'change_id', 'reason': 'change_id is empty'} END,
        CASE WHEN NOT parses_as_instant(raw_planned_start) THEN {'column_name': 'planned_start', 'reason': 'not a date/time: ' || raw_planned_start} END,
        CASE WHEN NOT parses_as_instant(raw_planned_end) THEN {'column_name': 'planned_end', 'reason': 'not a date/time: ' || raw_planned_end} END,
        CASE WHEN NOT parses_as_instant(raw_actual_start) THEN {'column_name': 'actual_start', 'reason': 'not a date/time: ' || raw_actual_start} END,
        CASE WHEN NOT parses_as_instant(raw_actual_end) THEN {'column_name': 'actual_end', 'reason': 'not a date/time: ' || raw_actual_end} END
    ], p -> p IS NOT NULL) END AS problems
FROM (
    SELECT
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
        s.planned_start AS raw_planned_start, s.planned_end AS raw_planned_end,
        s.actual_start AS raw_actual_start, s.actual_end AS raw_actual_end
    FROM import_source s
)
