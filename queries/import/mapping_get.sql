-- A saved column mapping by name.
SELECT spec::VARCHAR AS spec FROM mappings WHERE name = $name
