// Alerts on unusual weeks: a weekly KPI outside its usual range, the median ± k·MAD of its
// own trailing 12 weeks, overall, per client and per team, each with a drill link.
import { addDays, type Filters } from '$lib/filters';
import { formatCount, formatDay, formatPercent } from '$lib/format';
import type { Access } from '../access/scope';
import type { Conn } from '../db';
import { scopeParams } from '../metrics';
import { metricDaysSql } from '../metric-days';
import { MIN_GROUP } from './drivers';
import { metricWords } from './words';

export const alertMetrics = ['fcr', 'csat', 'sla', 'volume'] as const;
export type AlertMetric = (typeof alertMetrics)[number];
export const TRAILING_WEEKS = 12;
/** At least this many of the trailing weeks must have a value for a band. */
export const MIN_TRAILING = 8;
/** Band half-width in scaled MADs (1.4826 · MAD estimates a standard deviation). */
export const K = 3;
/** A rate's band is at least ± this wide, so a very steady KPI does not alert on a point. */
const MIN_RATE_HALF_WIDTH = 0.02;

export interface Alert {
	metric: AlertMetric;
	scope: 'all' | 'client' | 'team';
	key: string | null;
	week: string;
	value: number;
	low: number;
	high: number;
	direction: 'above' | 'below';
	/** Tickets behind the week's value (its drill-down's count). */
	tickets: number;
	sentence: string;
	href: string;
}

interface Row {
	week: string;
	scope: AlertScope;
	key: string | null;
	numerator: number;
	denominator: number;
}

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The usual range of a series: median ± K · 1.4826 · MAD. */
export function robustBand(values: number[], minHalfWidth = 0): { low: number; high: number; centre: number } {
	const centre = median(values);
	const half = Math.max(K * 1.4826 * median(values.map((v) => Math.abs(v - centre))), minHalfWidth);
	return { low: centre - half, high: centre + half, centre };
}

// The period's first full week starts on this Monday.
const firstMondayOf = (filters: Filters): string => addDays(filters.from, (8 - new Date(filters.from + 'T00:00:00Z').getUTCDay()) % 7);

export const alertScopes = ['all', 'client', 'team'] as const;
export type AlertScope = (typeof alertScopes)[number];

// Each scope's grouping column (none for the whole scope), in the order the scope CASE tests them.
const scopeColumns: [AlertScope, string | null][] = [['client', 'client'], ['team', 'team'], ['all', null]];

/** insights/weekly_groups.sql grouped by the scopes asked for (the names come from scopeColumns), over the daily counts. */
async function weeklyGroupsSql(conn: Conn, scopes: readonly AlertScope[], filters: Filters): Promise<string> {
	const chosen = scopeColumns.filter(([s]) => scopes.includes(s));
	const [lastScope, lastColumn] = chosen[chosen.length - 1];
	const pick = (value: (scope: AlertScope, column: string | null) => string) =>
		chosen.length === 1 ? value(lastScope, lastColumn)
		: `CASE ${chosen.slice(0, -1).map(([s, c]) => `WHEN grouping(${c}) = 0 THEN ${value(s, c)}`).join(' ')} ELSE ${value(lastScope, lastColumn)} END`;
	return (await metricDaysSql(conn, 'insights/weekly_groups', filters))
		.replace('{{scope}}', pick((s) => `'${s}'`))
		.replace('{{key}}', pick((_, c) => c ?? 'NULL'))
		.replace('{{grouping_sets}}', chosen.map(([, c]) => (c ? `(starts, ${c})` : '(starts)')).join(', '));
}

/**
 * Several metrics' unusual weeks from one query, each as weeklyAlerts gives them, in the scopes
 * asked for (one grouping each).
 */
export async function manyWeeklyAlerts(
	conn: Conn, access: Access, metrics: readonly AlertMetric[], filters: Filters, scopes: readonly AlertScope[] = alertScopes
): Promise<Alert[][]> {
	type WideRow = Omit<Row, 'numerator' | 'denominator'> & Record<string, number>;
	if (!scopes.some((s) => alertScopes.includes(s))) return metrics.map(() => []);
	// From the Monday 12 weeks before the period's first full week.
	const rows = await conn.allSql<WideRow>(await weeklyGroupsSql(conn, scopes, filters), {
		...scopeParams(filters, access), from: addDays(firstMondayOf(filters), -7 * TRAILING_WEEKS)
	});
	return metrics.map((m) =>
		alertsFrom(
			m,
			rows.filter((r) => scopes.includes(r.scope) && r[`${m}_items`] > 0).map((r) => ({ week: r.week, scope: r.scope, key: r.key, numerator: r[`${m}_numerator`], denominator: r[`${m}_denominator`] })),
			filters
		)
	);
}

export async function weeklyAlerts(conn: Conn, access: Access, metric: AlertMetric, filters: Filters): Promise<Alert[]> {
	return (await manyWeeklyAlerts(conn, access, [metric], filters))[0];
}

function alertsFrom(metric: AlertMetric, rows: Row[], filters: Filters): Alert[] {
	const firstMonday = firstMondayOf(filters);
	// Every Monday from the first trailing week to the period's last whole week, by position, so a
	// week's trailing weeks are the 12 positions before it (date arithmetic per week and series was
	// most of this function's time: ~70 ms at 1M).
	const weeks: string[] = [];
	for (let week = addDays(firstMonday, -7 * TRAILING_WEEKS); addDays(week, 7) <= filters.to; week = addDays(week, 7)) weeks.push(week);
	const position = new Map(weeks.map((w, i) => [w, i]));
	const series = new Map<string, (Row | undefined)[]>();
	for (const r of rows) {
		if (r.scope !== 'all' && r.key === null) continue;
		const at = position.get(r.week);
		if (at === undefined) continue;
		const id = JSON.stringify([r.scope, r.key]);
		let line = series.get(id);
		if (!line) series.set(id, (line = new Array<Row | undefined>(weeks.length).fill(undefined)));
		line[at] = r;
	}
	const isCount = metric === 'volume';
	const valueOf = (r: Row | undefined) => (isCount ? (r?.denominator ?? 0) : r && r.denominator >= MIN_GROUP ? r.numerator / r.denominator : null);
	const alerts: Alert[] = [];
	for (const [id, line] of series) {
		const [scope, key] = JSON.parse(id) as [Alert['scope'], string | null];
		const values = Array.from(line, (r) => valueOf(r));
		// Whole weeks inside the period only: a partial week would look unusually quiet.
		for (let at = TRAILING_WEEKS; at < weeks.length; at++) {
			const week = weeks[at];
			const row = line[at];
			const value = values[at];
			if (value === null || (row?.denominator ?? 0) < MIN_GROUP) continue;
			const trailing = values.slice(at - TRAILING_WEEKS, at).filter((v): v is number => v !== null);
			if (trailing.length < MIN_TRAILING) continue;
			const band = robustBand(trailing, isCount ? 1 : MIN_RATE_HALF_WIDTH);
			if (value >= band.low && value <= band.high) continue;
			const direction = value > band.high ? 'above' : 'below';
			const show = (v: number) => (isCount ? formatCount(Math.round(v)) : formatPercent(v, 1));
			const where = scope === 'all' ? '' : scope === 'client' ? ` at ${key}` : ` in team ${key}`;
			const p = new URLSearchParams();
			for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
			if (scope !== 'all') p.set(scope, key!);
			p.set('metric', metric);
			if (!isCount) p.set('part', 'denominator');
			p.set('grain', 'week');
			p.set('bucket', week);
			alerts.push({
				metric, scope, key, week, value, low: band.low, high: band.high, direction, tickets: row!.denominator,
				sentence: `${metricWords[metric]}${where} ${direction === 'above' ? 'rose above' : 'fell below'} its usual range in the week of ${formatDay(week, false)}: ${show(value)}, usual ${show(Math.max(0, band.low))}–${show(band.high)} (${formatCount(row!.denominator)} tickets).`,
				href: `/tickets?${p}`
			});
		}
	}
	return alerts.sort((a, b) => b.week.localeCompare(a.week) || a.scope.localeCompare(b.scope) || (a.key ?? '').localeCompare(b.key ?? '') || a.metric.localeCompare(b.metric));
}
