-- Removes a user (their sessions are removed by session_delete_user first).
DELETE FROM users WHERE user_id = $user_id
