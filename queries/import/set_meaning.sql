-- Records what an import was found to be once its rows were read: the format (an 'auto'
-- shape settled from repeating ids), the canonical fields it carries, "what this file
-- can tell" per metric and the plausibility checks.
UPDATE imports SET
    format = $format,
    columns = from_json($columns, '["VARCHAR"]'),
    capabilities = CAST($capabilities AS JSON),
    checks = CAST($checks AS JSON)
WHERE import_id = CAST($import_id AS INTEGER)
