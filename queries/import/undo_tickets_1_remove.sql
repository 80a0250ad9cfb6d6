-- Undo: the import's tickets still current go (a later import's versions stay).
DELETE FROM tickets WHERE import_id = CAST($import_id AS INTEGER)
