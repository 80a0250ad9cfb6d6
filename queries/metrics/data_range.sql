-- First and last day (reporting time zone) with a ticket, to anchor date presets; only the
-- tickets of the clients the request may see ($allowed_clients, NULL = all).
SELECT strftime(min(created_at), '%Y-%m-%d') AS first_day, strftime(max(created_at), '%Y-%m-%d') AS last_day,
       count(*)::INTEGER AS tickets
FROM tickets
WHERE $allowed_clients IS NULL OR list_contains($allowed_clients, client)
