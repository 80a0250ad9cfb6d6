// The headline metrics of product.md for a period and the previous period of equal
// length, as the one JSON shape the CLI, the API and the Overview page all use.
import type { Filters } from '$lib/filters';
import { previousPeriod } from '$lib/filters';
import type { Access } from './access/scope';
import { withConnection, type Db, type Params } from './db';
import { readSettings, type Settings } from './settings';
import { metricDaysSql, allClientsSummarySql } from './metric-days';
import { repeatCallerCountsSql } from './caller-runs';

export interface Rate {
	rate: number | null;
	numerator: number;
	denominator: number;
}

export interface PeriodMetrics {
	period: { from: string; to: string };
	tickets: number;
	fcr: Rate & { excluded: number };
	repeat_contacts: Rate & { window_days: number };
	repeat_callers: { count: number; threshold: number };
	change_caused: Rate & { linked: number; suspected: number };
	csat: { rate: number | null; satisfied: number; responses: number; mean: number | null };
	sla: Rate;
	resolution_hours: { median: number | null; p90: number | null };
}

export type HeadlineMetrics = PeriodMetrics & { previous: PeriodMetrics };

/** Never a made-up 0: a rate over nothing is null. */
export const ratio = (numerator: number, denominator: number): number | null =>
	denominator > 0 ? numerator / denominator : null;

/**
 * Bound parameters of scoped_tickets() for a filter set, within what the request may see:
 * the access's clients (null = all) become $allowed_clients, so every query narrows there.
 */
export function scopeParams(filters: Filters, access: Access): Params {
	return {
		from: filters.from,
		to: filters.to,
		client: filters.client ?? null,
		team: filters.team ?? null,
		agent: filters.agent ?? null,
		channel: filters.channel ?? null,
		priority: filters.priority ?? null,
		category: filters.category ?? null,
		allowed_clients: access.clients
	};
}

interface HeadlineRow {
	is_current: boolean;
	tickets: number;
	fcr_numerator: number;
	fcr_denominator: number;
	fcr_excluded: number;
	repeat_numerator: number;
	repeat_denominator: number;
	repeat_callers: number;
	change_numerator: number;
	change_linked: number;
	change_suspected: number;
	csat_satisfied: number;
	csat_responses: number;
	csat_mean: number | null;
	sla_numerator: number;
	sla_denominator: number;
	resolution_median: number | null;
	resolution_p90: number | null;
}

/** A period's figures from its headline row; a period without tickets has no row. */
function periodFromRow(period: { from: string; to: string }, r: HeadlineRow | undefined, settings: Settings): PeriodMetrics {
	const n = (v: number | undefined) => v ?? 0;
	return {
		period,
		tickets: n(r?.tickets),
		fcr: {
			rate: ratio(n(r?.fcr_numerator), n(r?.fcr_denominator)), numerator: n(r?.fcr_numerator),
			denominator: n(r?.fcr_denominator), excluded: n(r?.fcr_excluded)
		},
		repeat_contacts: {
			rate: ratio(n(r?.repeat_numerator), n(r?.repeat_denominator)), numerator: n(r?.repeat_numerator),
			denominator: n(r?.repeat_denominator), window_days: settings.repeat_window_days
		},
		repeat_callers: { count: n(r?.repeat_callers), threshold: settings.repeat_caller_threshold },
		change_caused: {
			rate: ratio(n(r?.change_numerator), n(r?.tickets)), numerator: n(r?.change_numerator),
			denominator: n(r?.tickets), linked: n(r?.change_linked), suspected: n(r?.change_suspected)
		},
		csat: {
			rate: ratio(n(r?.csat_satisfied), n(r?.csat_responses)), satisfied: n(r?.csat_satisfied),
			responses: n(r?.csat_responses), mean: r?.csat_mean ?? null
		},
		sla: { rate: ratio(n(r?.sla_numerator), n(r?.sla_denominator)), numerator: n(r?.sla_numerator), denominator: n(r?.sla_denominator) },
		resolution_hours: { median: r?.resolution_median ?? null, p90: r?.resolution_p90 ?? null }
	};
}

/** Headline metrics for the period and the previous one of equal length, in one query. */
export function headlineMetrics(db: Db, access: Access, filters: Filters): Promise<HeadlineMetrics> {
	return withConnection(db, async (conn) => {
		const settings = await readSettings(conn);
		const previous = previousPeriod(filters);
		const text = await repeatCallerCountsSql(
			conn,
			await allClientsSummarySql(conn, await metricDaysSql(conn, 'metrics/headline', filters), filters, access.clients),
			filters,
			access.clients
		);
		const rows = await conn.allSql<HeadlineRow>(text, {
			...scopeParams(filters, access),
			previous_from: previous.from,
			window_days: settings.repeat_window_days,
			threshold: settings.repeat_caller_threshold,
			suspect_hours: settings.suspected_change_hours
		});
		return {
			...periodFromRow({ from: filters.from, to: filters.to }, rows.find((r) => r.is_current), settings),
			previous: periodFromRow(previous, rows.find((r) => !r.is_current), settings)
		};
	});
}
