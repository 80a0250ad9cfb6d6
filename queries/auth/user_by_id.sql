-- One user by id, with the password hash (password change checks the old one).
SELECT user_id, name, role, clients, password_hash FROM users WHERE user_id = $user_id
