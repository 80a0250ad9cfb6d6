-- A satisfaction score on any scale mapped to 0..1 (0.75 and up counts as satisfied),
-- written once; NULL for no score or one off its scale.
CREATE OR REPLACE MACRO outcome_csat(score, scale) AS
CASE
    WHEN score IS NULL THEN NULL
    WHEN scale = '1-5' AND score BETWEEN 1 AND 5 THEN (score - 1) / 4
    WHEN scale = '1-10' AND score BETWEEN 1 AND 10 THEN (score - 1) / 9
    WHEN scale = '0-10' AND score BETWEEN 0 AND 10 THEN score / 10
    WHEN scale = 'good/bad' AND score IN (0, 1) THEN score
    -- Label scales (Freshdesk's seven and three points), scored 1..7 and 1..3 on import.
    WHEN scale = '1-7' AND score BETWEEN 1 AND 7 THEN (score - 1) / 6
    WHEN scale = '1-3' AND score BETWEEN 1 AND 3 THEN (score - 1) / 2
END
