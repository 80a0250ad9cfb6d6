-- One client's share links, newest first (revoked and expired ones too, so the pack shows what was shared).
SELECT share_id, client, period_from, period_to, created_ms, expires_ms, created_by, revoked_ms, revoked_by, uses, last_used_ms
FROM share_links
WHERE client = $client
ORDER BY share_id DESC
LIMIT 50
