-- An instant as ISO 8601 in the reporting time zone with its offset, e.g.
-- 2026-03-29T00:30:00+01:00, so the drill-down shows local times JavaScript can parse.
CREATE OR REPLACE MACRO iso_local(ts) AS
    strftime(ts, '%Y-%m-%dT%H:%M:%S')
    || CASE WHEN date_diff('minute', ts AT TIME ZONE 'UTC', ts::TIMESTAMP) < 0 THEN '-' ELSE '+' END
    || lpad((abs(date_diff('minute', ts AT TIME ZONE 'UTC', ts::TIMESTAMP)) // 60)::VARCHAR, 2, '0') || ':'
    || lpad((abs(date_diff('minute', ts AT TIME ZONE 'UTC', ts::TIMESTAMP)) % 60)::VARCHAR, 2, '0')
