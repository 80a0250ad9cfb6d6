-- The rows insights/self_service.sql gives, for no filter and every client (self-service.ts
-- decides): the counts summed from the stored category_days, the handling time (the median
-- resolution time of the tickets fixed at first contact) from the stored resolution_values, so
-- FCR is not worked out again for every ticket of the period (10M tickets, alone: a year 650-850 ->
-- ~310 ms, 90 days ~82).
WITH g AS (
    SELECT category, subcategory,
           sum(tickets)::INTEGER AS tickets,
           sum(fcr_denominator)::INTEGER AS fcr_denominator,
           sum(fcr_numerator)::INTEGER AS fcr_numerator
    FROM category_days
    WHERE day >= CAST($from AS DATE) AND day < CAST($to AS DATE) AND category IS NOT NULL
    GROUP BY ALL
),
handling AS (
    SELECT category, subcategory, quantile_cont(hours, 0.5) AS handling_hours
    FROM resolution_values
    WHERE occurred_at >= CAST($from AS DATE) AND occurred_at < CAST($to AS DATE) AND category IS NOT NULL AND fcr_met
    GROUP BY ALL
)
-- The candidates as self_service.sql picks them: a category's subcategories, or the category
-- itself where none of its tickets has one.
SELECT g.category, g.subcategory, g.subcategory IS NOT NULL AS is_subcategory,
       g.tickets, g.fcr_denominator, g.fcr_numerator, h.handling_hours
FROM g
LEFT JOIN handling h ON h.category = g.category AND h.subcategory IS NOT DISTINCT FROM g.subcategory
QUALIFY g.subcategory IS NOT NULL OR NOT bool_or(g.subcategory IS NOT NULL) OVER (PARTITION BY g.category)
