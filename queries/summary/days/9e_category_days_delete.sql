-- Rebuilding the changed days only: their rows of category_days go first.
DELETE FROM category_days WHERE day IN (SELECT day FROM changed_days)
