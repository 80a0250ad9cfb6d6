// One metric's answer for /api/metrics/<metric>: the overall number for the period and
// the previous one, optional breakdown and trend, and its definition in plain words.
import { previousPeriod, type Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import { withConnection, type Conn, type Db, type Params } from '../db';
import { ratio, scopeParams } from '../metrics';
import { readSettings, type Settings } from '../settings';
import { partsSql } from './parts-sql';
import { sqlText } from '../sql';
import { callerRunThreshold, callerRunsAnswer } from '../caller-runs';
import { allClientsSummaryAnswers, allClientsSummarySql, metricDaysAnswer, metricDaysSql } from '../metric-days';
import { repeatCallerList } from './repeat-callers';
import { catalog, type BreakdownDimension, type MetricKind, type MetricName, type ReferenceBand } from './catalog';

export const grains = ['day', 'week', 'month'] as const;
export type Grain = (typeof grains)[number];

/** Below this many items in a denominator, a number is flagged as a small sample. */
export const SMALL_SAMPLE = 30;

/** One number: for rates value = numerator / denominator; durations value = median hours. */
export interface MetricValue {
	value: number | null;
	numerator: number | null;
	denominator: number;
	n: number;
	excluded: number;
	small_sample: boolean;
	p90?: number | null;
}

export interface Comparison {
	previous: MetricValue | null;
	delta: number | null;
}

export type BreakdownRow = MetricValue & Comparison & { key: string | null };
export type TrendRow = MetricValue & { bucket: string };

export interface Definition {
	summary: string;
	numerator: string;
	denominator: string;
	excluded: string;
	excluded_by_reason: { reason: string; count: number }[];
	/** Which rule decided each counted item (FCR flag vs criteria, SLA flag/due date/target, CSAT scale). */
	basis: { basis: string; count: number }[];
	settings: Partial<Settings>;
	value?: string;
}

export interface MetricReport extends MetricValue, Comparison {
	metric: MetricName;
	title: string;
	kind: MetricKind;
	items: 'tickets' | 'changes';
	filters: Filters;
	period: { from: string; to: string };
	previous_period: { from: string; to: string };
	definition: Definition;
	reference?: ReferenceBand[];
	extra?: Record<string, unknown>;
	by?: BreakdownDimension;
	rows?: BreakdownRow[];
	grain?: Grain;
	trend?: TrendRow[];
}

interface Aggregate {
	numerator: number;
	denominator: number;
	excluded: number;
	median: number | null;
	p90: number | null;
	mean: number | null;
}
type Summary = Aggregate & {
	excluded_by_reason: { key: string; value: number }[] | null;
	basis: { key: string; value: number }[] | null;
};

// The rates and counts whose trend metrics/parts_trend_stored.sql sums from metric_days.
export const storedTrendMetrics: readonly MetricName[] = ['volume', 'fcr', 'repeat_contacts', 'change_caused', 'change_suspected', 'change_linked', 'csat', 'sla'];

export function toValue(kind: MetricKind, a: Aggregate): MetricValue {
	const base = { denominator: a.denominator, n: a.denominator, excluded: a.excluded };
	if (kind === 'duration') {
		return { ...base, value: a.median, numerator: null, p90: a.p90, small_sample: a.denominator < SMALL_SAMPLE };
	}
	if (kind === 'count') return { ...base, value: a.numerator, numerator: a.numerator, small_sample: false };
	return { ...base, value: ratio(a.numerator, a.denominator), numerator: a.numerator, small_sample: a.denominator < SMALL_SAMPLE };
}

const delta = (cur: MetricValue, prev: MetricValue | null): number | null =>
	prev && cur.value !== null && prev.value !== null ? cur.value - prev.value : null;

/**
 * Bound parameters of a metric's parts macro for one metric and filter set, within the access's
 * clients. $spread: whether the median, p90 and mean are asked (a duration's number is its
 * median; a rate or count shows none of them, and on 1M values they were a fifth of a query).
 */
export const partsParams = (metric: MetricName, filters: Filters, access: Access): Params => ({
	metric,
	spread: catalog[metric].kind === 'duration',
	...scopeParams(filters, access)
});

/** A metric query over the metric's parts: for repeat callers with no filter, from the stored caller runs (caller-runs.ts). */
const partsQuery = async (conn: Conn, access: Access, name: string, metric: MetricName, filters: Filters) =>
	partsSql(name, metric, { callerRuns: metric === 'repeat_callers' && (await callerRunsAnswer(conn, filters, access.clients)) });

export async function summary(conn: Conn, access: Access, metric: MetricName, filters: Filters): Promise<Summary> {
	const [row] = await conn.allSql<Summary>(await partsQuery(conn, access, 'metrics/parts_summary', metric, filters), partsParams(metric, filters, access));
	return row;
}

// The counts whose paired summary metrics/parts_summary_paired_stored.sql sums from metric_days:
// their parts carry no basis and no exclusion reason, so the day sums are the whole summary.
const storedSummaryMetrics: readonly MetricName[] = ['volume', 'repeat_contacts', 'change_caused', 'change_suspected', 'change_linked'];

// Metrics whose items' parts depend on the range itself (a caller's tickets in the period,
// the stock open at its end): their two periods are asked apart.
const rangeDependent: readonly MetricName[] = ['repeat_callers', 'backlog'];

/** The period's and the previous period's summary, in one pass where the parts allow it. */
export async function pairedSummary(conn: Conn, access: Access, metric: MetricName, filters: Filters): Promise<[Summary, Summary]> {
	const prevFilters = { ...filters, ...previousPeriod(filters) };
	if (rangeDependent.includes(metric)) return Promise.all([summary(conn, access, metric, filters), summary(conn, access, metric, prevFilters)]);
	const stored = storedSummaryMetrics.includes(metric) && (await metricDaysAnswer(conn, filters));
	// CSAT's counts, reasons and scales are summed from csat_days with no filter and every client.
	const csatStored = metric === 'csat' && (await allClientsSummaryAnswers(conn, filters, access.clients));
	const text = stored
		? sqlText('metrics/parts_summary_paired_stored')
		: csatStored
			? sqlText('metrics/csat_summary_paired_stored')
			: partsSql('metrics/parts_summary_paired', metric);
	const rows = await conn.allSql<Summary & { is_current: boolean }>(text, {
		...partsParams(metric, filters, access),
		previous_from: prevFilters.from
	});
	const of = (current: boolean): Summary => {
		const { is_current: _, ...row } = rows.find((r) => r.is_current === current) ?? emptySummary;
		return row;
	};
	return [of(true), of(false)];
}

// What parts_summary.sql answers over no items at all.
const emptySummary: Summary & { is_current: boolean } = {
	is_current: false, numerator: 0, denominator: 0, excluded: 0, excluded_by_reason: null, basis: null, median: null, p90: null, mean: null
};

/** One breakdown for the period and the previous one, in one pass where the parts allow it. */
export async function pairedBreakdownRows(conn: Conn, access: Access, metric: MetricName, filters: Filters, by: BreakdownDimension) {
	const prevFilters = { ...filters, ...previousPeriod(filters) };
	if (rangeDependent.includes(metric)) return Promise.all([breakdown(conn, access, metric, filters, by), breakdown(conn, access, metric, prevFilters, by)]);
	const rows = await conn.allSql<Aggregate & { key: string | null; is_current: boolean }>(partsSql('metrics/parts_breakdown_paired', metric), {
		...partsParams(metric, filters, access),
		previous_from: prevFilters.from,
		by
	});
	const strip = (current: boolean) => rows.filter((r) => r.is_current === current).map(({ is_current: _, ...r }) => r);
	return [strip(true), strip(false)] as const;
}

/** One period's breakdown: the paired query asked with the previous period starting where this one does. */
export async function breakdown(conn: Conn, access: Access, metric: MetricName, filters: Filters, by: BreakdownDimension) {
	const rows = await conn.allSql<Aggregate & { key: string | null; is_current: boolean }>(await partsQuery(conn, access, 'metrics/parts_breakdown_paired', metric, filters), {
		...partsParams(metric, filters, access),
		previous_from: filters.from,
		by
	});
	return rows.map(({ is_current: _, ...r }) => r);
}

export async function trend(conn: Conn, access: Access, metric: MetricName, filters: Filters, grain: Grain) {
	// A backlog trend is the open stock at each bucket's end, not tickets created in it.
	if (metric === 'backlog') return conn.all<Aggregate & { bucket: string }>('metrics/backlog_trend', { ...partsParams(metric, filters, access), grain });
	if (storedTrendMetrics.includes(metric) && (await metricDaysAnswer(conn, filters))) {
		return conn.all<Aggregate & { bucket: string }>('metrics/parts_trend_stored', { ...partsParams(metric, filters, access), grain });
	}
	// Where the stored caller runs answer, a threshold of 2 or 3 names every repeat caller's ticket
	// without a join (metrics/repeat_callers_trend_runs.sql); a higher one keeps the runs' join.
	if (metric === 'repeat_callers' && (await callerRunsAnswer(conn, filters, access.clients))) {
		const threshold = await callerRunThreshold(conn);
		if (threshold <= 3) {
			const sql = await metricDaysSql(conn, 'metrics/repeat_callers_trend_runs', filters);
			return conn.allSql<Aggregate & { bucket: string }>(sql, { ...partsParams(metric, filters, access), grain, threshold });
		}
	}
	return conn.allSql<Aggregate & { bucket: string }>(await partsQuery(conn, access, 'metrics/parts_trend', metric, filters), { ...partsParams(metric, filters, access), grain });
}

function definition(metric: MetricName, s: Settings, sum: Summary): Definition {
	const info = catalog[metric];
	const reasons = (sum.excluded_by_reason ?? []).map((r) => ({ reason: r.key, count: r.value })).sort((a, b) => b.count - a.count);
	const what = info.items === 'changes' ? 'change' : 'ticket';
	const excluded = sum.excluded
		? `${sum.excluded} ${what}${sum.excluded === 1 ? '' : 's'} excluded: ${reasons.map((r) => `${r.count} ${r.reason}`).join('; ')}.`
		: 'Nothing excluded.';
	return {
		summary: info.summary(s),
		numerator: info.numerator(s),
		denominator: info.denominator(s),
		excluded,
		excluded_by_reason: reasons,
		basis: (sum.basis ?? []).map((b) => ({ basis: b.key, count: b.value })).sort((a, b) => b.count - a.count),
		settings: Object.fromEntries(info.settings.map((k) => [k, s[k]])),
		...(info.value ? { value: info.value } : {})
	};
}

export interface ReportOptions {
	by?: BreakdownDimension;
	grain?: Grain;
}

export function metricReport(db: Db, access: Access, metric: MetricName, filters: Filters, options: ReportOptions = {}): Promise<MetricReport> {
	return withConnection(db, async (conn) => {
		const settings = await readSettings(conn);
		const info = catalog[metric];
		// Each on a connection of its own, so they run side by side (one connection runs its
		// statements one after another).
		const own = <T>(fn: (c: Conn) => Promise<T>) => withConnection(db, fn);
		const [[cur, prev], byRows, trendRows, extra] = await Promise.all([
			own((c) => pairedSummary(c, access, metric, filters)),
			options.by ? own((c) => pairedBreakdownRows(c, access, metric, filters, options.by!)) : null,
			options.grain ? own((c) => trend(c, access, metric, filters, options.grain!)) : null,
			own((c) => extras(c, access, metric, filters, settings))
		]);
		const [rows, prevRows] = byRows ?? [null, null];
		const value = toValue(info.kind, cur);
		const previous = toValue(info.kind, prev);
		const report: MetricReport = {
			metric,
			title: info.title,
			kind: info.kind,
			items: info.items,
			filters,
			period: { from: filters.from, to: filters.to },
			previous_period: previousPeriod(filters),
			...value,
			previous,
			delta: delta(value, previous),
			definition: definition(metric, settings, cur),
			...(info.reference ? { reference: info.reference } : {}),
			...(extra ? { extra } : {})
		};
		if (options.by && rows && prevRows) {
			const before = new Map(prevRows.map((r) => [r.key, toValue(info.kind, r)]));
			report.by = options.by;
			report.rows = rows.map((r) => {
				const v = toValue(info.kind, r);
				const p = before.get(r.key) ?? null;
				return { key: r.key, ...v, previous: p, delta: delta(v, p) };
			});
		}
		if (options.grain && trendRows) {
			report.grain = options.grain;
			report.trend = trendRows.map((r) => ({ bucket: r.bucket, ...toValue(info.kind, r) }));
		}
		return report;
	});
}

/** A row of metrics/csat_extras.sql: one grouping ('all', 'score' or 'fcr') of the period's CSAT parts. */
type CsatExtraRow = {
	part: 'all' | 'score' | 'fcr'; scale: string | null; score: number | null; key: string | null; mean: number | null; items: number;
	numerator: number; denominator: number; excluded: number; response_numerator: number; response_denominator: number; response_excluded: number;
};

/** What some metrics show besides their number (product.md: mean, distribution, lists). */
async function extras(conn: Conn, access: Access, metric: MetricName, filters: Filters, s: Settings): Promise<Record<string, unknown> | null> {
	const scope = scopeParams(filters, access);
	switch (metric) {
		case 'csat': {
			const rows = await conn.allSql<CsatExtraRow>(await allClientsSummarySql(conn, sqlText('metrics/csat_extras'), filters, access.clients), scope);
			const all = rows.find((r) => r.part === 'all');
			const counts = (numerator: number, denominator: number, excluded: number) => ({ numerator, denominator, excluded, median: null, p90: null, mean: null });
			return {
				mean: all?.mean ?? null,
				mean_scale: 'the responses’ own scale when they share one, else 1-5 (1 + 4 × normalised score)',
				distribution: rows.filter((r) => r.part === 'score' && r.denominator > 0).map((r) => ({ scale: r.scale!, score: r.score!, responses: r.denominator })),
				response_rate: toValue('rate', counts(all?.response_numerator ?? 0, all?.response_denominator ?? 0, all?.response_excluded ?? 0)),
				// Only the FCR groups that hold CSAT items, as the CSAT parts' own breakdown has.
				by_fcr: rows.filter((r) => r.part === 'fcr' && r.items > 0).map((r) => ({ key: r.key, ...toValue('rate', counts(r.numerator, r.denominator, r.excluded)) }))
			};
		}
		case 'repeat_callers': {
			const { callers, total } = await repeatCallerList(conn, access, filters, 100);
			return {
				threshold: s.repeat_caller_threshold,
				count: total,
				callers: callers.map((c) => ({
					...c,
					categories: (c.categories ?? []).map((k) => ({ category: k.key, tickets: k.value })).sort((a, b) => b.tickets - a.tickets)
				}))
			};
		}
		case 'change_caused': {
			const [counts] = await conn.allSql<{ linked: number; suspected: number }>(
				await metricDaysSql(conn, 'metrics/change_link_counts', filters),
				scopeParams(filters, access)
			);
			return { linked: counts.linked, suspected: counts.suspected };
		}
		case 'change_failure_rate':
			return { top_changes: await conn.allSql(partsSql('metrics/top_changes', metric), { ...partsParams(metric, filters, access), limit: 10 }) };
		case 'repeat_contacts':
		case 'same_issue_repeats':
			return { window_days: s.repeat_window_days };
		default:
			return null;
	}
}
