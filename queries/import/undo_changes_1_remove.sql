-- Undo: the import's changes still current go (a later import's versions stay).
DELETE FROM changes WHERE import_id = CAST($import_id AS INTEGER)
