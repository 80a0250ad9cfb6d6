-- The server's share-link signing secret (hex).
SELECT secret FROM share_secret WHERE id = 1
