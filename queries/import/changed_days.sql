-- The days (in the reporting zone, as the summaries count them) whose metric parts a tickets
-- import or its undo moves directly, so the stored summaries rebuild only those
-- (summary/days/): the days of the import's tickets and of the versions they replaced. Run
-- after an import stores its tickets, and before an undo takes them away;
-- import/changed_days_moved.sql then adds the days of the tickets moved with them.
CREATE OR REPLACE TEMP TABLE changed_days AS
SELECT DISTINCT CAST(created_at AS DATE) AS day
FROM (
    SELECT created_at FROM tickets WHERE import_id = CAST($import_id AS INTEGER)
    UNION ALL
    SELECT created_at FROM ticket_versions WHERE replaced_by = CAST($import_id AS INTEGER)
)
