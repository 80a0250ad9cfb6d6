-- Whether any ticket is stored yet: a first import has none to keep for undo or replace,
-- so its batches skip those two statements (each a join over half a million ids).
SELECT EXISTS (SELECT 1 FROM tickets) AS stored
