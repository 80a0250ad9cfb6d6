-- Audit events since an instant, newest first, at most $limit (the admin page, `onecall audit`).
SELECT audit_id, strftime(logged_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS at, actor, role, action, detail::VARCHAR AS detail
FROM audit_log
WHERE logged_at >= $since::TIMESTAMPTZ
ORDER BY audit_id DESC
LIMIT $limit
