-- Counts one opening of a share link.
UPDATE share_links SET uses = uses + 1, last_used_ms = $used_ms WHERE share_id = $share_id
