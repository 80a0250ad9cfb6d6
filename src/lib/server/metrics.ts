// The headline metrics of product.md for a period and the previous period of equal
// length, as the one JSON shape the CLI, the API and the Overview page all use.
import type { Filters } from '$lib/filters';
import { previousPeriod } from '$lib/filters';
import { withConnection, type Conn, type Db, type Params } from './db';
import { readSettings, type Settings } from './settings';

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

/** Bound parameters of scoped_tickets() for a filter set. */
export function scopeParams(filters: Filters): Params {
	return {
		from: filters.from,
		to: filters.to,
		client: filters.client ?? null,
		team: filters.team ?? null,
		agent: filters.agent ?? null,
		channel: filters.channel ?? null,
		priority: filters.priority ?? null,
		category: filters.category ?? null,
		allowed_clients: null
	};
}

export async function periodMetrics(conn: Conn, filters: Filters, settings: Settings): Promise<PeriodMetrics> {
	const p: Params = {
		...scopeParams(filters),
		window_days: settings.repeat_window_days,
		threshold: settings.repeat_caller_threshold,
		suspect_hours: settings.suspected_change_hours
	};
	type R = Record<string, number>;
	const [volume, fcr, repeat, callers, change, csat, sla, resolution] = await Promise.all([
		conn.one<R>('metrics/volume', p),
		conn.one<R>('metrics/fcr', p),
		conn.one<R>('metrics/repeat_contacts', p),
		conn.one<R>('metrics/repeat_callers', p),
		conn.one<R>('metrics/change_caused', p),
		conn.one<{ satisfied: number; responses: number; mean: number | null }>('metrics/csat', p),
		conn.one<R>('metrics/sla', p),
		conn.one<{ median: number | null; p90: number | null }>('metrics/resolution_time', p)
	]);
	return {
		period: { from: filters.from, to: filters.to },
		tickets: volume.tickets,
		fcr: { rate: ratio(fcr.numerator, fcr.denominator), numerator: fcr.numerator, denominator: fcr.denominator, excluded: fcr.excluded },
		repeat_contacts: {
			rate: ratio(repeat.numerator, repeat.denominator), numerator: repeat.numerator,
			denominator: repeat.denominator, window_days: settings.repeat_window_days
		},
		repeat_callers: { count: callers.count, threshold: settings.repeat_caller_threshold },
		change_caused: {
			rate: ratio(change.numerator, change.denominator), numerator: change.numerator,
			denominator: change.denominator, linked: change.linked, suspected: change.suspected
		},
		csat: { rate: ratio(csat.satisfied, csat.responses), satisfied: csat.satisfied, responses: csat.responses, mean: csat.mean },
		sla: { rate: ratio(sla.numerator, sla.denominator), numerator: sla.numerator, denominator: sla.denominator },
		resolution_hours: { median: resolution.median, p90: resolution.p90 }
	};
}

export function headlineMetrics(db: Db, filters: Filters): Promise<HeadlineMetrics> {
	return withConnection(db, async (conn) => {
		const settings = await readSettings(conn);
		const [current, previous] = await Promise.all([
			periodMetrics(conn, filters, settings),
			periodMetrics(conn, { ...filters, ...previousPeriod(filters) }, settings)
		]);
		return { ...current, previous };
	});
}
