-- Version 2: the metric settings a fresh install computes with (product.md defaults).
-- Existing values are kept, so an upgraded database keeps the analyst's choices.
INSERT INTO settings (key, value) VALUES
    ('repeat_window_days', '7'),
    ('repeat_caller_threshold', '3'),
    ('suspected_change_hours', '24'),
    ('sla_target_hours', '{"P1": 4, "P2": 8, "P3": 24, "P4": 72}'),
    ('fcr_excluded_categories', '[]'),
    ('timezone', '"UTC"')
ON CONFLICT (key) DO NOTHING;
