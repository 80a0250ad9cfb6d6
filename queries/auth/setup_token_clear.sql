-- Kills every setup token (one was used, or a user now exists).
DELETE FROM setup_tokens
