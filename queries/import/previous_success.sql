-- An earlier successful import of byte-identical content read the same way (same
-- mapping and options), if any; an undone one does not count.
SELECT import_id, file_name FROM imports
WHERE sha256 = $sha256 AND kind = $kind AND status = 'succeeded'
  AND (mapping IS NULL OR mapping::VARCHAR = CAST($mapping AS JSON)::VARCHAR)
ORDER BY import_id DESC LIMIT 1
