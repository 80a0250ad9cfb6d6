-- Reads the file once (import_source, the importer's read_csv view) into typed
-- change rows: values parsed, `ok` when the row can be stored, its problems when not.
-- $date_formats: JSON list of strptime formats; $tz: zone of naive times ('' = session).
CREATE OR REPLACE TEMP TABLE import_typed AS
SELECT
    * EXCLUDE (raw_planned_start, raw_planned_end, raw_actual_start, raw_actual_end),
    CASE WHEN NOT ok THEN list_filter([
        CASE WHEN change_id IS NULL THEN {'column_name': 'change_id', 'reason': 'change_id is empty'} END,
        CASE WHEN raw_planned_start IS NOT NULL AND planned_start IS NULL THEN {'column_name': 'planned_start', 'reason': 'not a date/time: ' || raw_planned_start} END,
        CASE WHEN raw_planned_end IS NOT NULL AND planned_end IS NULL THEN {'column_name': 'planned_end', 'reason': 'not a date/time: ' || raw_planned_end} END,
        CASE WHEN raw_actual_start IS NOT NULL AND actual_start IS NULL THEN {'column_name': 'actual_start', 'reason': 'not a date/time: ' || raw_actual_start} END,
        CASE WHEN raw_actual_end IS NOT NULL AND actual_end IS NULL THEN {'column_name': 'actual_end', 'reason': 'not a date/time: ' || raw_actual_end} END
    ], p -> p IS NOT NULL) END AS problems
FROM (
    SELECT
        *,
        change_id IS NOT NULL
            AND (raw_planned_start IS NULL OR planned_start IS NOT NULL)
            AND (raw_planned_end IS NULL OR planned_end IS NOT NULL)
            AND (raw_actual_start IS NULL OR actual_start IS NOT NULL)
            AND (raw_actual_end IS NULL OR actual_end IS NOT NULL) AS ok
    FROM (
        SELECT
            nullif(trim(s.change_id), '') AS change_id,
            s.service, s.client,
            to_instant(s.planned_start, from_json($date_formats, '["VARCHAR"]'), $tz) AS planned_start,
            to_instant(s.planned_end, from_json($date_formats, '["VARCHAR"]'), $tz) AS planned_end,
            to_instant(s.actual_start, from_json($date_formats, '["VARCHAR"]'), $tz) AS actual_start,
            to_instant(s.actual_end, from_json($date_formats, '["VARCHAR"]'), $tz) AS actual_end,
            s.outcome, s.summary, s.extra,
            s.planned_start AS raw_planned_start, s.planned_end AS raw_planned_end,
            s.actual_start AS raw_actual_start, s.actual_end AS raw_actual_end
        FROM import_source s
    )
)
