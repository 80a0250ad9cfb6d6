-- Adds a user; the id comes back.
INSERT INTO users (name, role, clients, password_hash) VALUES ($name, $role, CAST($clients_json::JSON AS VARCHAR[]), $password_hash)
RETURNING user_id
