-- How an import's priority labels were read: each raw label, the P1-P4 it became (or
-- itself, when no vendor word or number says), and how many tickets carry it.
SELECT priority_label AS label, priority AS level, count(*)::INTEGER AS tickets
FROM import_typed
WHERE ok AND priority_label IS NOT NULL
GROUP BY ALL
ORDER BY tickets DESC, label
LIMIT 50
