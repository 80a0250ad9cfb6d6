-- Repeat caller, written once: a caller with at least the threshold (setting
-- repeat_caller_threshold, default 3) of tickets in the filtered period. parts_repeat_callers
-- (per ticket) and repeat_caller_tickets (per caller, for the headline) count a caller's
-- tickets in the same scope and ask this whether that makes a repeat caller.
CREATE OR REPLACE MACRO is_repeat_caller(tickets) AS
    tickets >= (SELECT coalesce(TRY_CAST(setting_value('repeat_caller_threshold') ->> '$' AS INTEGER), 3))
