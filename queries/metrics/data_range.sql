-- First and last day (reporting time zone) with a ticket, to anchor date presets.
SELECT strftime(min(created_at), '%Y-%m-%d') AS first_day, strftime(max(created_at), '%Y-%m-%d') AS last_day,
       count(*)::INTEGER AS tickets
FROM tickets
