-- Whether a setup token is live (stored; callers also check that no user exists yet).
SELECT count(*)::INTEGER AS n FROM setup_tokens WHERE token_hash = $token_hash
