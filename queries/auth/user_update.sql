-- Changes a user's role and clients (an account manager's list; empty for the others).
UPDATE users SET role = $role, clients = CAST($clients_json::JSON AS VARCHAR[]) WHERE user_id = $user_id
