-- Revokes one of a client's links (the client must match: a pack revokes only its own links);
-- an already revoked link keeps its first revocation. The revoked row comes back.
UPDATE share_links SET revoked_ms = $revoked_ms, revoked_by = $revoked_by
WHERE share_id = $share_id AND client = $client AND revoked_ms IS NULL
RETURNING share_id
