-- Categories present in the tickets, for choosing net-FCR exclusions on the Settings page.
SELECT DISTINCT category FROM tickets WHERE category IS NOT NULL ORDER BY category LIMIT 1000
