-- One share link by id, for checking a presented token against what was granted.
SELECT share_id, client, period_from, period_to, created_ms, expires_ms, created_by, revoked_ms, revoked_by, uses, last_used_ms
FROM share_links
WHERE share_id = $share_id
