-- A ticket's FCR outcome, written once (scoped_tickets, an import's checks): an explicit
-- flag decides; else every criterion its export carries (and settings keep, uses_*) must
-- hold. NULL = cannot be determined (a used criterion is missing, or none is used).
CREATE OR REPLACE MACRO outcome_fcr(flag, reassignments, reopens, contacts, uses_reassignment, uses_reopen, uses_contacts) AS
CASE
    WHEN flag IS NOT NULL THEN flag
    WHEN NOT (uses_reassignment OR uses_reopen OR uses_contacts) THEN NULL
    WHEN (uses_reassignment AND reassignments IS NULL)
      OR (uses_reopen AND reopens IS NULL)
      OR (uses_contacts AND contacts IS NULL) THEN NULL
    ELSE (NOT uses_reassignment OR reassignments = 0)
     AND (NOT uses_reopen OR reopens = 0)
     AND (NOT uses_contacts OR contacts <= 1)
END
