-- Ends a user's other sessions (their password changed; this one stays signed in).
DELETE FROM sessions WHERE user_id = $user_id AND id_hash <> $keep_id_hash
