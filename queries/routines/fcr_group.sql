-- A ticket's FCR group for the "CSAT of FCR vs non-FCR tickets" split and the `fcr`
-- breakdown: only resolved tickets can be first-contact resolved.
CREATE OR REPLACE MACRO fcr_group(resolved, outcome) AS
CASE
    WHEN NOT resolved THEN 'unresolved'
    WHEN outcome THEN 'FCR'
    WHEN NOT outcome THEN 'not FCR'
    ELSE 'FCR undetermined'
END
