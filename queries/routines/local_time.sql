-- to_instant's reading of text that is not ISO 8601, as a wall-clock time: fmts[1] 'serial'
-- (Excel day numbers: 45123.5 is 2023-07-16 12:00), 'names' (a month word, then fmts[2:]
-- over d/m/Y), else strptime formats, the first that fits wins. (strptime's format list is
-- bound as a constant whatever the branch, hence the never-empty stand-ins.)
CREATE OR REPLACE MACRO local_time(v, fmts) AS
CASE
    WHEN len(fmts) = 0 THEN NULL
    WHEN fmts[1] = 'serial' THEN
        CASE WHEN regexp_full_match(trim(v), '\d{4,5}([.,]\d+)?')
             THEN TIMESTAMP '1899-12-30' + to_microseconds(CAST(round(CAST(replace(trim(v), ',', '.') AS DOUBLE) * 86400000000) AS BIGINT)) END
    WHEN fmts[1] = 'names' THEN try_strptime(month_words_as_numbers(v), CASE WHEN len(fmts) > 1 THEN fmts[2:] ELSE ['%d/%m/%Y'] END)
    ELSE try_strptime(trim(v), CASE WHEN len(fmts) = 0 THEN ['%Y-%m-%d'] ELSE fmts END)
END
