-- An earlier successful import of byte-identical content, if any.
SELECT import_id, file_name FROM imports
WHERE sha256 = $sha256 AND kind = $kind AND status = 'succeeded'
ORDER BY import_id DESC LIMIT 1
