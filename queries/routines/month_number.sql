-- A month written as a word (lower case, accents stripped, no trailing dot) in English,
-- Spanish, Portuguese, French or German, full or short, as 1..12; NULL if not one.
CREATE OR REPLACE MACRO month_number(w) AS
MAP {
    'jan': 1, 'january': 1, 'ene': 1, 'enero': 1, 'janeiro': 1, 'janv': 1, 'janvier': 1, 'januar': 1, 'jaen': 1, 'janner': 1,
    'feb': 2, 'february': 2, 'febrero': 2, 'fev': 2, 'fevereiro': 2, 'fevrier': 2, 'fevr': 2, 'februar': 2, 'febr': 2,
    'mar': 3, 'march': 3, 'marzo': 3, 'marco': 3, 'mars': 3, 'marz': 3, 'maerz': 3, 'mrz': 3,
    'apr': 4, 'april': 4, 'abr': 4, 'abril': 4, 'avr': 4, 'avril': 4,
    'may': 5, 'mayo': 5, 'mai': 5, 'maio': 5,
    'jun': 6, 'june': 6, 'junio': 6, 'junho': 6, 'juin': 6, 'juni': 6,
    'jul': 7, 'july': 7, 'julio': 7, 'julho': 7, 'juil': 7, 'juillet': 7, 'juli': 7,
    'aug': 8, 'august': 8, 'ago': 8, 'agosto': 8, 'aout': 8, 'aou': 8,
    'sep': 9, 'sept': 9, 'september': 9, 'set': 9, 'septiembre': 9, 'setiembre': 9, 'setembro': 9, 'septembre': 9,
    'oct': 10, 'october': 10, 'octubre': 10, 'out': 10, 'outubro': 10, 'octobre': 10, 'okt': 10, 'oktober': 10,
    'nov': 11, 'november': 11, 'noviembre': 11, 'novembro': 11, 'novembre': 11,
    'dec': 12, 'december': 12, 'dic': 12, 'diciembre': 12, 'dez': 12, 'dezembro': 12, 'decembre': 12, 'dezember': 12
}[w]
