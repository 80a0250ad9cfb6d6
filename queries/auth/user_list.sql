-- Every user for the admin page and `onecall user list`, with their live session count.
SELECT u.user_id, u.name, u.role, u.clients,
       strftime(u.created_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS created_at,
       strftime(u.password_changed_at AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%SZ') AS password_changed_at,
       (SELECT count(*) FROM sessions s WHERE s.user_id = u.user_id)::INTEGER AS sessions
FROM users u
ORDER BY u.name
