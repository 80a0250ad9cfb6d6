-- The session behind a cookie with its user, if neither idle nor past its absolute life.
SELECT s.id_hash, s.seen_ms, u.user_id, u.name, u.role, u.clients
FROM sessions s JOIN users u USING (user_id)
WHERE s.id_hash = $id_hash AND s.seen_ms > $now_ms - $idle_ms AND s.created_ms > $now_ms - $absolute_ms
