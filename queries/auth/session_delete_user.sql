-- Ends every session of a user (removed, or password reset by an admin).
DELETE FROM sessions WHERE user_id = $user_id
