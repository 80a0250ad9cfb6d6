-- Imports still "running" when a process starts were cut off (crash, kill): say so.
UPDATE imports SET status = 'failed', message = 'interrupted: the process stopped during the import; nothing of it was stored'
WHERE status = 'running'
