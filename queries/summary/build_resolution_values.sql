-- The stored resolution times: every resolution-time item of all tickets, one row each
-- (summary/setup/9a_ticket_resolution_values.sql), in the tickets' own order (creation time, as
-- imports store them), so a period reads mostly its own row groups. Not sorted here: a sort of
-- every ticket would cost the import's memory what the rest of the summaries do not.
CREATE OR REPLACE TABLE resolution_values AS
SELECT *
FROM ticket_resolution_values('-infinity', 'infinity')
