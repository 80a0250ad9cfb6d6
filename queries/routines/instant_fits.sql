-- Whether a date cell is fine: empty, or read (parsed) and within [lo, hi), the plausible
-- span (a year 12 or 2090 is a misread, not a ticket's date).
CREATE OR REPLACE MACRO instant_fits(raw, parsed, lo, hi) AS
raw IS NULL OR coalesce(parsed >= CAST(lo AS TIMESTAMPTZ) AND parsed < CAST(hi AS TIMESTAMPTZ), false)
