-- Forgets expired sessions (run at sign-in, so the table stays small).
DELETE FROM sessions WHERE seen_ms <= $now_ms - $idle_ms OR created_ms <= $now_ms - $absolute_ms
