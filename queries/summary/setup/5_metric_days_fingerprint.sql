-- What the stored daily summary (metric_days) is built from, as one hash: the metric routines
-- (p_routines, a hash of their SQL), the reporting zone, the settings, and the imports whose
-- rows were stored (an import's load records its meaning in the transaction that stores its
-- rows) or undone (marked in the undo's transaction). Every write rebuilds the summary, and a
-- schema upgrade forces it; this is the check that a summary that is not up to date, whatever
-- the cause, is never read. Small tables only: it is asked before the queries that read the
-- summary (its answer kept until the next write, src/lib/server/db.ts ReadMemo).
CREATE OR REPLACE MACRO metric_days_fingerprint(p_routines) AS TABLE
SELECT md5(concat_ws('|', p_routines, current_setting('TimeZone'), s.settings, i.imports)) AS fingerprint
FROM (SELECT string_agg(key || '=' || value::VARCHAR, ';' ORDER BY key) AS settings FROM settings) s,
     (SELECT string_agg(import_id || CASE WHEN status = 'undone' THEN ' undone' ELSE '' END, ';' ORDER BY import_id) AS imports
      FROM imports
      WHERE capabilities IS NOT NULL OR status = 'undone') i
