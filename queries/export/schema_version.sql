-- The schema the export's columns follow; a reader of another version refuses the folder.
SELECT coalesce(max(version), 0)::INTEGER AS version FROM schema_version
