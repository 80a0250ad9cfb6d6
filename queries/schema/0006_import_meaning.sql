-- Version 6: what an import meant. A ticket keeps its priority's raw label beside the
-- P1-P4 it was read as, and whether its status alone says it is done (resolved with
-- no resolution time); an import keeps "what this file can tell" per metric and its
-- plausibility checks. The versions table mirrors tickets (0003).
ALTER TABLE tickets ADD COLUMN priority_label VARCHAR;
ALTER TABLE tickets ADD COLUMN status_resolved BOOLEAN;
ALTER TABLE ticket_versions ADD COLUMN priority_label VARCHAR;
ALTER TABLE ticket_versions ADD COLUMN status_resolved BOOLEAN;
ALTER TABLE imports ADD COLUMN capabilities JSON;
ALTER TABLE imports ADD COLUMN checks JSON;
