-- Reads the file once (import_source, the importer's read_csv view) into typed
-- change rows: values parsed, `ok` when the row can be stored, its problems when not.
-- $fmt_planned_start and the other date fields: how each column reads (import-dates.ts); $date_labels: JSON {field: that
-- reading in words}, [$earliest, $latest): the plausible instants ($latest_due for a planned one); $tz: zone of naive times ('' = session).
CREATE OR REPLACE TEMP TABLE import_typed AS
SELECT
    * EXCLUDE (raw_planned_start, raw_planned_end, raw_actual_start, raw_actual_end),
    CASE WHEN NOT ok THEN list_filter([
        CASE WHEN change_id IS NULL THEN {'column_name': 'change_id', 'reason': 'change_id is empty'} END,
        instant_problem('planned_start', raw_planned_start, planned_start, $date_labels, $earliest, $latest_due),
        instant_problem('planned_end', raw_planned_end, planned_end, $date_labels, $earliest, $latest_due),
        instant_problem('actual_start', raw_actual_start, actual_start, $date_labels, $earliest, $latest),
        instant_problem('actual_end', raw_actual_end, actual_end, $date_labels, $earliest, $latest),
        CASE WHEN planned_end < planned_start THEN {'column_name': 'planned_end', 'reason': 'ends before it starts: ' || raw_planned_end || ' is before ' || raw_planned_start} END,
        CASE WHEN actual_end < actual_start THEN {'column_name': 'actual_end', 'reason': 'ends before it starts: ' || raw_actual_end || ' is before ' || raw_actual_start} END
    ], p -> p IS NOT NULL) END AS problems
FROM (
    SELECT
        *,
        change_id IS NOT NULL
            AND instant_fits(raw_planned_start, planned_start, $earliest, $latest_due)
            AND instant_fits(raw_planned_end, planned_end, $earliest, $latest_due)
            AND instant_fits(raw_actual_start, actual_start, $earliest, $latest)
            AND instant_fits(raw_actual_end, actual_end, $earliest, $latest)
            -- A change window that ends before it starts cannot place suspected incidents.
            AND coalesce(planned_end >= planned_start, true)
            AND coalesce(actual_end >= actual_start, true) AS ok
    FROM (
        SELECT
            nullif(trim(s.change_id), '') AS change_id,
            s.service, s.client,
            to_instant(s.planned_start, $fmt_planned_start, $tz) AS planned_start,
            to_instant(s.planned_end, $fmt_planned_end, $tz) AS planned_end,
            to_instant(s.actual_start, $fmt_actual_start, $tz) AS actual_start,
            to_instant(s.actual_end, $fmt_actual_end, $tz) AS actual_end,
            s.outcome, s.summary, s.extra,
            s.planned_start AS raw_planned_start, s.planned_end AS raw_planned_end,
            s.actual_start AS raw_actual_start, s.actual_end AS raw_actual_end
        FROM import_source s
    )
)
