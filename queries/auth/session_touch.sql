-- Marks a session as used now (its idle expiry moves on).
UPDATE sessions SET seen_ms = $now_ms WHERE id_hash = $id_hash
