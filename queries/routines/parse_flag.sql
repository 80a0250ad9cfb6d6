-- Yes/no values as exports write them (true/false, Y/N, yes/no, 1/0, and GLPI's and Jira's
-- localised Sim/Não, Sí, Oui/Non, Ja/Nein); NULL if not one.
-- list_contains, not IN (...): DuckDB plans a constant IN-list as a join, which
-- hides the import's progress.
CREATE OR REPLACE MACRO parse_flag(v) AS
CASE
    WHEN list_contains(['true', 't', 'yes', 'y', '1', 'sim', 'si', 'sí', 'oui', 'ja'], lower(trim(v))) THEN true
    WHEN list_contains(['false', 'f', 'no', 'n', '0', 'não', 'nao', 'non', 'nein'], lower(trim(v))) THEN false
END
