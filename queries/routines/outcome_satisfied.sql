-- Whether a response counts as satisfied (its score on 0..1 at least 0.75), written once:
-- the CSAT metric's parts and an import's plausibility checks read it.
CREATE OR REPLACE MACRO outcome_satisfied(csat_normalised) AS csat_normalised >= 0.75
