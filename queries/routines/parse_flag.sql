-- Yes/no values as exports write them (true/false, Y/N, yes/no, 1/0); NULL if not one.
CREATE OR REPLACE MACRO parse_flag(v) AS
CASE
    WHEN lower(trim(v)) IN ('true', 't', 'yes', 'y', '1') THEN true
    WHEN lower(trim(v)) IN ('false', 'f', 'no', 'n', '0') THEN false
END
