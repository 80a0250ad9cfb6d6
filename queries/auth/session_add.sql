-- Starts a session; id_hash is the SHA-256 of the cookie's random id.
INSERT INTO sessions (id_hash, user_id, created_ms, seen_ms, ip, user_agent) VALUES ($id_hash, $user_id, $now_ms, $now_ms, $ip, $user_agent)
