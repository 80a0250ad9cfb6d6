-- Saves (or replaces) a named column mapping.
INSERT OR REPLACE INTO mappings (name, spec, saved_at) VALUES ($name, CAST($spec AS JSON), current_timestamp)
