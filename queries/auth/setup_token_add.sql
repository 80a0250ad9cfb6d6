-- Stores a first-admin setup token's SHA-256.
INSERT INTO setup_tokens (token_hash) VALUES ($token_hash)
