-- A new share link; its id comes back (the token signs it).
INSERT INTO share_links (client, period_from, period_to, created_ms, expires_ms, created_by)
VALUES ($client, $period_from, $period_to, $created_ms, $expires_ms, $created_by)
RETURNING share_id
