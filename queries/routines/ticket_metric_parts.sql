-- Every per-ticket metric part that the ticket's own row decides (with the look-backs stored
-- on it at import), each written once: one row per ticket of scoped_tickets' scope with, per
-- metric, <metric>_item (the ticket is one of its items), _num, _den, _excluded (why not),
-- _value and _basis. The parts_<metric> macros (routines/ticket_parts/) pick their columns;
-- DuckDB inlines table macros and computes only the columns a query reads. p_window_days is
-- the repeat window (NULL: the repeat_window_days setting, default 7). Repeat callers
-- need other rows (ticket_parts/). Sorts before ticket_parts/, which read it.
CREATE OR REPLACE MACRO ticket_metric_parts(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients, p_window_days) AS TABLE
SELECT
    t.ticket_id AS item_id, t.created_at AS occurred_at, t.caller_id, t.client, t.team, t.agent, t.channel, t.priority,
    t.category, t.subcategory, t.service, t.status, t.subject, fcr_group(t.is_resolved, t.fcr_outcome) AS fcr_group,

    -- Volume: tickets created in the period.
    true AS volume_item, true AS volume_num, true AS volume_den, NULL AS volume_excluded,
    NULL::DOUBLE AS volume_value, NULL AS volume_basis,

    -- FCR rate: FCR tickets / resolved tickets whose FCR can be determined. The explicit
    -- flag decides where the export has one, else the criteria (scoped_tickets.fcr_outcome).
    t.is_resolved AS fcr_item,
    coalesce(t.fcr_outcome, false) AS fcr_num,
    t.fcr_outcome IS NOT NULL AS fcr_den,
    CASE t.fcr_basis
        WHEN 'criterion missing' THEN 'a criterion the export carries is empty for this ticket'
        WHEN 'no criterion' THEN 'no first-contact flag and no FCR criterion in its export'
    END AS fcr_excluded,
    NULL::DOUBLE AS fcr_value, t.fcr_basis AS fcr_basis,

    -- Net FCR: as FCR, but resolved tickets in categories the settings mark "not
    -- resolvable at first contact" leave the denominator too (counted as excluded).
    t.is_resolved AS net_fcr_item,
    coalesce(t.fcr_outcome, false) AND NOT coalesce(list_contains(s.excluded_categories, t.category), false) AS net_fcr_num,
    t.fcr_outcome IS NOT NULL AND NOT coalesce(list_contains(s.excluded_categories, t.category), false) AS net_fcr_den,
    CASE
        WHEN coalesce(list_contains(s.excluded_categories, t.category), false)
            THEN 'category not resolvable at first contact (settings)'
        WHEN t.fcr_basis = 'criterion missing' THEN 'a criterion the export carries is empty for this ticket'
        WHEN t.fcr_basis = 'no criterion' THEN 'no first-contact flag and no FCR criterion in its export'
    END AS net_fcr_excluded,
    NULL::DOUBLE AS net_fcr_value, t.fcr_basis AS net_fcr_basis,

    -- Repeat callers: the items and denominator are the row's (tickets with a known caller);
    -- whether the caller is a repeat caller of the period needs its other tickets (ticket_parts/).
    t.caller_id IS NOT NULL AS repeat_callers_item,

    -- Repeat contacts: tickets whose caller opened another ticket (any filters, even before
    -- the period) in the preceding window (inclusive, repeat_within) / tickets with a known
    -- caller. `value` = days since that earlier ticket.
    t.caller_id IS NOT NULL AS repeat_contacts_item,
    coalesce(repeat_within(t.prev_caller_ticket_at, t.created_at, s.window_days), false) AS repeat_contacts_num,
    true AS repeat_contacts_den, NULL AS repeat_contacts_excluded,
    (epoch_us(t.created_at) - epoch_us(t.prev_caller_ticket_at)) / 86400e6 AS repeat_contacts_value,
    NULL AS repeat_contacts_basis,

    -- Same-issue repeats: tickets whose caller's previous ticket of the same category (of all
    -- tickets, whatever the filters; stored with the ticket on import as prev_same_issue_at)
    -- lies within the repeat window (inclusive) / tickets with a known caller. `value` = days since.
    t.caller_id IS NOT NULL AS same_issue_repeats_item,
    coalesce(repeat_within(t.prev_same_issue_at, t.created_at, s.window_days), false) AS same_issue_repeats_num,
    true AS same_issue_repeats_den, NULL AS same_issue_repeats_excluded,
    (epoch_us(t.created_at) - epoch_us(t.prev_same_issue_at)) / 86400e6 AS same_issue_repeats_value,
    NULL AS same_issue_repeats_basis,

    -- Change-caused incidents: tickets with an explicit cause link (caused_by_change) / tickets.
    true AS change_caused_item, t.caused_by_change IS NOT NULL AS change_caused_num, true AS change_caused_den,
    NULL AS change_caused_excluded, NULL::DOUBLE AS change_caused_value, NULL AS change_caused_basis,

    -- Suspected change-caused: tickets with neither link that opened within the window
    -- (suspected_change_hours, default 24; half-open) after a change ended on their service
    -- or client (prior_change_end_at, stored: import/refresh_prior_change.sql) / tickets.
    -- `value` = hours since that change ended (why a ticket is suspected, or how far it missed).
    true AS change_suspected_item,
    t.caused_by_change IS NULL AND t.related_change IS NULL
        AND coalesce(epoch_us(t.created_at) - epoch_us(t.prior_change_end_at) < s.suspected_hours * 3600000000, false) AS change_suspected_num,
    true AS change_suspected_den, NULL AS change_suspected_excluded,
    (epoch_us(t.created_at) - epoch_us(t.prior_change_end_at)) / 3600e6 AS change_suspected_value, NULL AS change_suspected_basis,

    -- Linked to a change: tickets with only a plain related-change link (never counted as
    -- caused) / tickets.
    true AS change_linked_item, t.caused_by_change IS NULL AND t.related_change IS NOT NULL AS change_linked_num,
    true AS change_linked_den, NULL AS change_linked_excluded, NULL::DOUBLE AS change_linked_value,
    NULL AS change_linked_basis,

    -- CSAT: satisfied responses (score normalised to 0..1 is at least 0.75) / responses on a
    -- known scale. `value` = the normalised score; `basis` = the scale; csat_score = the
    -- score as exported (for csat_mean).
    t.csat_score IS NOT NULL AS csat_item,
    coalesce(outcome_satisfied(t.csat_normalised), false) AS csat_num,
    t.csat_normalised IS NOT NULL AS csat_den,
    CASE WHEN t.csat_normalised IS NULL THEN 'score not on a known scale (1-5, 1-10, 0-10, good/bad) or out of range' END AS csat_excluded,
    t.csat_normalised AS csat_value, t.csat_scale AS csat_basis, t.csat_score,

    -- CSAT response rate: resolved tickets with a survey response on a known scale /
    -- resolved tickets.
    t.is_resolved AS csat_response_rate_item, t.csat_normalised IS NOT NULL AS csat_response_rate_num,
    true AS csat_response_rate_den, NULL AS csat_response_rate_excluded,
    t.csat_normalised AS csat_response_rate_value, t.csat_scale AS csat_response_rate_basis,

    -- SLA attainment: tickets that met SLA / tickets whose SLA outcome is known; `basis`
    -- says which rule decided (flag, due date, priority target).
    true AS sla_item,
    coalesce(t.sla_outcome, false) AS sla_num,
    t.sla_outcome IS NOT NULL AS sla_den,
    CASE WHEN t.sla_outcome IS NULL THEN
        CASE
            WHEN t.resolved_at IS NULL AND t.closed_at IS NULL THEN 'open, not yet past its due date or target'
            WHEN t.resolved_at IS NULL THEN 'closed without a resolution time'
            ELSE 'no SLA flag, no due date and no target for its priority'
        END
    END AS sla_excluded,
    t.resolution_hours AS sla_value,
    CASE WHEN t.sla_outcome IS NOT NULL THEN t.sla_basis END AS sla_basis,

    -- Resolution time: resolved_at - created_at in hours (median, p90) over resolved tickets;
    -- a resolution before creation is a data error and is excluded.
    t.resolution_hours IS NOT NULL AS resolution_time_item, false AS resolution_time_num,
    t.resolution_hours >= 0 AS resolution_time_den,
    CASE WHEN t.resolution_hours < 0 THEN 'resolved before it was created' END AS resolution_time_excluded,
    t.resolution_hours AS resolution_time_value, NULL AS resolution_time_basis,

    -- First-response time: first_response_at - created_at in hours (median, p90) over tickets
    -- with a first response; a response before creation is a data error and is excluded.
    t.first_response_hours IS NOT NULL AS first_response_time_item, false AS first_response_time_num,
    t.first_response_hours >= 0 AS first_response_time_den,
    CASE WHEN t.first_response_hours < 0 THEN 'first response before it was created' END AS first_response_time_excluded,
    t.first_response_hours AS first_response_time_value, NULL AS first_response_time_basis,

    -- Reopen rate: resolved tickets with reopen_count > 0 / resolved tickets whose
    -- reopen_count is known.
    t.is_resolved AS reopen_rate_item,
    coalesce(outcome_counted(t.reopen_count), false) AS reopen_rate_num,
    t.reopen_count IS NOT NULL AS reopen_rate_den,
    CASE WHEN t.reopen_count IS NULL THEN
        CASE WHEN t.carries_reopen_count THEN 'the reopen count is empty for this ticket'
             ELSE 'its export has no reopen count' END
    END AS reopen_rate_excluded,
    t.reopen_count::DOUBLE AS reopen_rate_value, NULL AS reopen_rate_basis,

    -- Reassignment rate: resolved tickets with reassignment_count > 0 / resolved tickets whose
    -- reassignment_count is known.
    t.is_resolved AS reassignment_rate_item,
    coalesce(outcome_counted(t.reassignment_count), false) AS reassignment_rate_num,
    t.reassignment_count IS NOT NULL AS reassignment_rate_den,
    CASE WHEN t.reassignment_count IS NULL THEN
        CASE WHEN t.carries_reassignment_count THEN 'the reassignment count is empty for this ticket'
             ELSE 'its export has no reassignment count' END
    END AS reassignment_rate_excluded,
    t.reassignment_count::DOUBLE AS reassignment_rate_value, NULL AS reassignment_rate_basis
FROM scoped_tickets(p_from, p_to, p_client, p_team, p_agent, p_channel, p_priority, p_category, p_allowed_clients) t
CROSS JOIN (
    SELECT coalesce(TRY_CAST(setting_value('fcr_excluded_categories') AS VARCHAR[]), []) AS excluded_categories,
           coalesce(p_window_days, TRY_CAST(setting_value('repeat_window_days') ->> '$' AS INTEGER), 7) AS window_days,
           CAST(coalesce(TRY_CAST(setting_value('suspected_change_hours') ->> '$' AS DOUBLE), 24) AS BIGINT) AS suspected_hours
) s
