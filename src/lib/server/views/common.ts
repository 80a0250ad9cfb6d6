// What every dashboard needs besides its own numbers: the URL's filters, the data's date
// range, the filter bar's choices, and metric breakdowns paired with the previous period.
import { addDays, dimensions, type Dimension, type Filters } from '$lib/filters';
import type { DataRange } from '$lib/presets';
import type { Access } from '../access/scope';
import { withConnection, type Conn, type Db } from '../db';
import { filtersFromUrl } from '../overview';
import { catalog, type BreakdownDimension, type MetricName } from '../metric/catalog';
import { breakdown, pairedBreakdownRows, toValue, trend, type Grain, type MetricValue } from '../metric/report';

export type Options = Record<Dimension, string[]>;

export interface Scope {
	filters: Filters;
	dataRange: DataRange;
}

/** The URL's filters and the data's range, both within the clients the access may see. */
export async function scopeFromUrl(db: Db, access: Access, params: URLSearchParams): Promise<Scope> {
	const { filters, range } = await filtersFromUrl(db, access, params);
	return { filters, dataRange: range };
}

// The choices depend only on the stored tickets the access may see, so they are kept per
// set of allowed clients until the data changes (an import or undo changes the count or the
// last day): one account manager's list is never another's.
const cached = new Map<string, Options>();
const CACHED_LISTS = 64;

/** Every value of each filter dimension over all the data the access may see, most tickets first. */
export async function filterOptions(db: Db, access: Access, range: DataRange): Promise<Options> {
	const key = JSON.stringify([db.path, access.clients === null ? null : [...access.clients].sort(), range]);
	const hit = cached.get(key);
	if (hit) return hit;
	const empty = Object.fromEntries(dimensions.map((d) => [d, []])) as unknown as Options;
	if (!range.first_day || !range.last_day) return empty;
	const all: Filters = { from: range.first_day, to: addDays(range.last_day, 1) };
	const lists = await withConnection(db, (conn) =>
		Promise.all(dimensions.map((d) => breakdown(conn, access, 'volume', all, d)))
	);
	const options = Object.fromEntries(
		dimensions.map((d, i) => {
			const keys = lists[i].map((r) => r.key).filter((k): k is string => k !== null);
			// Priorities read best in their own order (P1..P4); names alphabetically.
			return [d, d === 'priority' || d === 'channel' || d === 'category' ? keys.sort() : keys.sort((a, b) => a.localeCompare(b))];
		})
	) as Options;
	if (cached.size >= CACHED_LISTS) cached.delete(cached.keys().next().value!);
	cached.set(key, options);
	return options;
}

/** One breakdown row: the value now and in the previous period of equal length. */
export interface Paired {
	key: string | null;
	current: MetricValue;
	previous: MetricValue | null;
}

/** Each current row with the previous period's value for the same key (null where it had none). */
export function pairByKey<R extends { key: string | null }>(now: readonly R[], before: readonly R[], value: (r: R) => MetricValue): Paired[] {
	const prev = new Map(before.map((r) => [r.key, value(r)]));
	return now.map((r) => ({ key: r.key, current: value(r), previous: prev.get(r.key) ?? null }));
}

/** A rate's value from its counts alone (a rate reads no median, p90 or mean). */
export const rateValue = (r: { numerator: number; denominator: number; excluded: number }): MetricValue =>
	toValue('rate', { ...r, median: null, p90: null, mean: null });

export async function pairedBreakdown(conn: Conn, access: Access, metric: MetricName, filters: Filters, by: BreakdownDimension): Promise<Paired[]> {
	const kind = catalog[metric].kind;
	const [now, before] = await pairedBreakdownRows(conn, access, metric, filters, by);
	return pairByKey(now, before, (r) => toValue(kind, r));
}

export interface TrendPoint extends MetricValue {
	bucket: string;
}

export async function metricTrend(conn: Conn, access: Access, metric: MetricName, filters: Filters, grain: Grain): Promise<TrendPoint[]> {
	const kind = catalog[metric].kind;
	const rows = await trend(conn, access, metric, filters, grain);
	return rows.map((r) => ({ bucket: r.bucket, ...toValue(kind, r) }));
}

/** Weeks for ranges up to about half a year, months beyond: enough points, none too thin. */
export const grainFor = (f: Filters): Grain => {
	const days = (Date.parse(f.to) - Date.parse(f.from)) / 86_400_000;
	return days > 200 ? 'month' : days > 31 ? 'week' : 'day';
};
