-- One user by name (case-sensitive, as stored), with the password hash for sign-in.
SELECT user_id, name, role, clients, password_hash FROM users WHERE name = $name
