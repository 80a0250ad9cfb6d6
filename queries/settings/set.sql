-- Stores one setting (JSON text), replacing its earlier value.
INSERT INTO settings (key, value) VALUES ($key, $value::JSON)
ON CONFLICT (key) DO UPDATE SET value = excluded.value
