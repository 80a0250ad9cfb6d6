-- Keeps the first secret ever written: a second server start (or a race) leaves it as it is.
INSERT INTO share_secret (id, secret) VALUES (1, $secret) ON CONFLICT (id) DO NOTHING
