-- How many admins there are (the last one cannot be removed or demoted).
SELECT count(*)::INTEGER AS n FROM users WHERE role = 'admin'
