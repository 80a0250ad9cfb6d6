-- Ends one session (logout).
DELETE FROM sessions WHERE id_hash = $id_hash
