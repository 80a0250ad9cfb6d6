-- The first and last day (reporting zone) holding a ticket, for a summary built a month at a time.
SELECT strftime(min(CAST(created_at AS DATE)), '%Y-%m-%d') AS first_day,
       strftime(max(CAST(created_at AS DATE)), '%Y-%m-%d') AS last_day
FROM tickets
