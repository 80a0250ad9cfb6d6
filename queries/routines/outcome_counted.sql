-- Whether a ticket was reopened / reassigned at least once (its count above zero), written
-- once: the reopen and reassignment rates' parts and an import's checks read it.
CREATE OR REPLACE MACRO outcome_counted(times) AS times > 0
