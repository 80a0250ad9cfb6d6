-- Replaces a user's password hash.
UPDATE users SET password_hash = $password_hash, password_changed_at = current_timestamp WHERE user_id = $user_id
