-- How many users there are (none: the first start offers the setup link).
SELECT count(*)::INTEGER AS n FROM users
