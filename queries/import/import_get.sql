-- One import's record.
SELECT import_id, kind, file_name, status FROM imports WHERE import_id = CAST($import_id AS INTEGER)
