-- Whether FCR reads a criterion (reassignment_count, reopen_count, contact_count) for an
-- export with these columns: the export carries it and settings (fcr_criteria) keep it.
CREATE OR REPLACE MACRO outcome_fcr_criterion(columns, criterion) AS
    list_contains(columns, criterion)
    AND coalesce((SELECT TRY_CAST(value ->> criterion AS BOOLEAN) FROM settings WHERE key = 'fcr_criteria'), true)
