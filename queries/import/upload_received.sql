-- The body arrived whole: the import that follows records itself, so the placeholder goes.
DELETE FROM imports WHERE import_id = $import_id AND status = 'running' AND message = 'receiving the upload'
