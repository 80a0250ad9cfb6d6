-- Every stored setting as key and JSON text.
SELECT key, value::VARCHAR AS value FROM settings ORDER BY key
