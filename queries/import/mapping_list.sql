-- Saved column mappings, by name.
SELECT name, spec::VARCHAR AS spec, strftime(saved_at, '%Y-%m-%dT%H:%M:%SZ') AS saved_at FROM mappings ORDER BY name
