-- Each ticket's prior_change_end_at: the latest actual_end, at or before the ticket opened,
-- of a change on the same service (a change naming a client only for that client's tickets)
-- or, for a change naming no service, of the same client. The "suspected change-caused"
-- rule, written once: ticket_metric_parts compares it with the window setting. Run after
-- a tickets import for its tickets ($import_id), and for every ticket (NULL) after a changes
-- import, an undo and an upgrade (prior-change.ts, which skips it when nothing can move);
-- only tickets whose value moved are written.
UPDATE tickets SET prior_change_end_at = s.prior_end
FROM (
    SELECT t.ticket_id, greatest(a.actual_end, b.actual_end, k.actual_end) AS prior_end
    FROM (
        SELECT ticket_id, service, client, created_at FROM tickets
        WHERE ($import_id IS NULL OR import_id = CAST($import_id AS INTEGER))
    ) t
    -- ASOF: for each ticket, the one change row with the latest end not after its opening.
    ASOF LEFT JOIN (SELECT service, actual_end FROM changes WHERE actual_end IS NOT NULL AND service IS NOT NULL AND client IS NULL) a
        ON a.service = t.service AND t.created_at >= a.actual_end
    ASOF LEFT JOIN (SELECT service, client, actual_end FROM changes WHERE actual_end IS NOT NULL AND service IS NOT NULL AND client IS NOT NULL) b
        ON b.service = t.service AND b.client = t.client AND t.created_at >= b.actual_end
    ASOF LEFT JOIN (SELECT client, actual_end FROM changes WHERE actual_end IS NOT NULL AND service IS NULL AND client IS NOT NULL) k
        ON k.client = t.client AND t.created_at >= k.actual_end
) s
WHERE tickets.ticket_id = s.ticket_id
  AND ($import_id IS NULL OR tickets.import_id = CAST($import_id AS INTEGER))
  AND tickets.prior_change_end_at IS DISTINCT FROM s.prior_end
