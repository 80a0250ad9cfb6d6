// Drivers of a KPI's change: per-value counts of both periods, every metric in one query
// (queries/insights/driver_groups.sql), decomposed by shift-share, the top ones in words.
import { previousPeriod, type Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import type { Conn } from '../db';
import { scopeParams } from '../metrics';
import { allClientsSummaryAnswers } from '../metric-days';
import { sqlText } from '../sql';
import { decomposeCount, decomposeRate, type Contribution, type GroupCounts } from './shift-share';
import { driverSentence, headlineSentence } from './words';

export const driverMetrics = ['fcr', 'csat', 'sla', 'repeat_contacts', 'change_caused', 'reopen_rate', 'reassignment_rate', 'volume'] as const;
export type DriverMetric = (typeof driverMetrics)[number];
export const driverDimensions = ['team', 'agent', 'client', 'category', 'channel', 'priority', 'service'] as const;
export type DriverDimension = (typeof driverDimensions)[number];

/** A value is named as a driver only with at least this many tickets in the period quoted. */
export const MIN_GROUP = 30;
/** Drivers shown per metric. */
export const TOP = 3;

export interface Driver {
	dimension: DriverDimension;
	key: string | null;
	contribution: number;
	rate_effect: number;
	mix_effect: number;
	/** The tickets the sentence quotes: the value's denominator in `period` (its drill-down's count). */
	tickets: number;
	period: { from: string; to: string };
	sentence: string;
	/** The Tickets page listing exactly those tickets. */
	href: string;
}

export interface MetricDrivers {
	metric: DriverMetric;
	kind: 'rate' | 'count';
	previous: number | null;
	current: number | null;
	change: number | null;
	headline: string;
	drivers: Driver[];
	/** Every value's contribution per dimension; each list adds up to `change`. */
	by: Partial<Record<DriverDimension, Contribution[]>>;
}

interface GroupRow {
	is_current: boolean;
	dimension: DriverDimension;
	key: string | null;
	numerator: number;
	denominator: number;
}

/** The drill-down URL of one value's tickets in one period, within the same filters. */
export function driverHref(metric: DriverMetric, filters: Filters, period: { from: string; to: string }, dimension: DriverDimension, key: string | null): string {
	const p = new URLSearchParams();
	for (const [k, v] of Object.entries({ ...filters, ...period })) if (v) p.set(k, v);
	p.set('metric', metric);
	if (metric !== 'volume') p.set('part', 'denominator');
	p.set('by', dimension);
	p.set('key', key ?? '');
	return `/tickets?${p}`;
}

function groupsOf(rows: GroupRow[]): Map<DriverDimension, GroupCounts[]> {
	const out = new Map<DriverDimension, Map<string | null, GroupCounts>>();
	for (const r of rows) {
		const dim = out.get(r.dimension) ?? new Map<string | null, GroupCounts>();
		out.set(r.dimension, dim);
		const g = dim.get(r.key) ?? { key: r.key, num0: 0, den0: 0, num1: 0, den1: 0 };
		if (r.is_current) Object.assign(g, { num1: r.numerator, den1: r.denominator });
		else Object.assign(g, { num0: r.numerator, den0: r.denominator });
		dim.set(r.key, g);
	}
	return new Map([...out].map(([d, m]) => [d, [...m.values()]]));
}

/**
 * insights/driver_groups.sql grouped by the dimensions asked for, in driverDimensions' order:
 * the names come from that allow-list, never from the request.
 */
function driverGroupsSql(dimensions: readonly DriverDimension[]): string {
	const dims = driverDimensions.filter((d) => dimensions.includes(d));
	const last = dims[dims.length - 1];
	const pick = (value: (d: DriverDimension) => string) =>
		dims.length === 1 ? value(last) : `CASE ${dims.slice(0, -1).map((d) => `WHEN grouping(${d}) = 0 THEN ${value(d)}`).join(' ')} ELSE ${value(last)} END`;
	return sqlText('insights/driver_groups')
		.replace('{{dimension}}', pick((d) => `'${d}'`))
		.replace('{{key}}', pick((d) => d))
		.replace('{{grouping_sets}}', dims.map((d) => `(is_current, ${d})`).join(', '));
}

/**
 * The metrics' groups from one query, keyed by metric, over the dimensions asked for: from the
 * stored drivers' summary when it answers (no filter), else from one scan of the tickets.
 */
async function groupRows(
	conn: Conn, access: Access, metrics: readonly DriverMetric[], filters: Filters, dimensions: readonly DriverDimension[]
): Promise<Map<DriverMetric, GroupRow[]>> {
	type WideRow = Omit<GroupRow, 'numerator' | 'denominator'> & Record<string, number>;
	if (!dimensions.some((d) => driverDimensions.includes(d))) return new Map(metrics.map((m) => [m, []]));
	const params = { ...scopeParams(filters, access), previous_from: previousPeriod(filters).from, metrics: [...metrics], dimensions: [...dimensions] };
	const sql = (await allClientsSummaryAnswers(conn, filters, access.clients)) ? sqlText('insights/driver_groups_stored') : driverGroupsSql(dimensions);
	const rows = await conn.allSql<WideRow>(sql, params);
	return new Map(
		metrics.map((m) => [
			m,
			rows
				.filter((r) => r[`${m}_items`] > 0)
				.map((r) => ({ is_current: r.is_current, dimension: r.dimension, key: r.key, numerator: r[`${m}_numerator`], denominator: r[`${m}_denominator`] }))
		])
	);
}

/** Several metrics' drivers from one scan of the tickets (each as metricDrivers gives it). */
export async function manyMetricDrivers(
	conn: Conn, access: Access, metrics: readonly DriverMetric[], filters: Filters, dimensions: readonly DriverDimension[] = driverDimensions
): Promise<MetricDrivers[]> {
	const rows = await groupRows(conn, access, metrics, filters, dimensions);
	return metrics.map((m) => driversFrom(m, rows.get(m) ?? [], filters, dimensions));
}

/** One metric's drivers over the given dimensions (a client's pack leaves out `client`). */
export async function metricDrivers(
	conn: Conn, access: Access, metric: DriverMetric, filters: Filters, dimensions: readonly DriverDimension[] = driverDimensions
): Promise<MetricDrivers> {
	return (await manyMetricDrivers(conn, access, [metric], filters, dimensions))[0];
}

function driversFrom(metric: DriverMetric, rows: GroupRow[], filters: Filters, dimensions: readonly DriverDimension[]): MetricDrivers {
	const previous = previousPeriod(filters);
	const kind = metric === 'volume' ? 'count' : 'rate';
	const groups = groupsOf(rows);
	const by: MetricDrivers['by'] = {};
	let totals: { total0: number | null; total1: number | null; change: number | null } = { total0: null, total1: null, change: null };
	const candidates: Driver[] = [];
	const current = { from: filters.from, to: filters.to };
	for (const dimension of dimensions) {
		const d = (kind === 'count' ? decomposeCount : decomposeRate)(groups.get(dimension) ?? []);
		if (groups.has(dimension)) totals = d;
		// Biggest first, then by name: the query's group order is not stable, the answer must be.
		d.contributions.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || String(a.key).localeCompare(String(b.key)) || (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0));
		by[dimension] = d.contributions;
		for (const c of d.contributions) {
			// Quote the current period unless the value is too small there (e.g. it vanished).
			const inCurrent = c.den1 >= MIN_GROUP;
			if (!inCurrent && c.den0 < MIN_GROUP) continue;
			const period = inCurrent ? current : previous;
			const tickets = inCurrent ? c.den1 : c.den0;
			candidates.push({
				dimension, key: c.key, contribution: c.contribution, rate_effect: c.rate_effect, mix_effect: c.mix_effect,
				tickets, period, sentence: driverSentence(metric, dimension, c, tickets, d.total0, d.total1, !inCurrent),
				href: driverHref(metric, filters, period, dimension, c.key)
			});
		}
	}
	return {
		metric, kind, previous: totals.total0, current: totals.total1, change: totals.change,
		headline: headlineSentence(metric, totals.total0, totals.total1),
		drivers: pickTop(candidates, totals.change),
		by
	};
}

/**
 * The values that moved the number most in the direction it moved (both ways when it did
 * not move), at most one per dimension: team, agent and client often say the same thing.
 */
export function pickTop(candidates: Driver[], change: number | null): Driver[] {
	const sign = change && Math.abs(change) > 1e-12 ? Math.sign(change) : 0;
	const ranked = candidates
		.filter((c) => (sign === 0 ? c.contribution !== 0 : c.contribution * sign > 0))
		.sort((a, b) => (sign === 0 ? Math.abs(b.contribution) - Math.abs(a.contribution) : (b.contribution - a.contribution) * sign) || a.dimension.localeCompare(b.dimension));
	const seen = new Set<string>();
	const top: Driver[] = [];
	for (const c of ranked) {
		if (seen.has(c.dimension)) continue;
		seen.add(c.dimension);
		top.push(c);
		if (top.length === TOP) break;
	}
	return top;
}
