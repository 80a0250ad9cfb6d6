// The global filter set (date range and dimensions) shared by the URL, the API,
// the CLI and the SQL scope; parsing validates so nothing unchecked reaches a query.
export const dimensions = ['client', 'team', 'agent', 'channel', 'priority', 'category'] as const;
export type Dimension = (typeof dimensions)[number];

export type Filters = { from: string; to: string } & Partial<Record<Dimension, string>>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;

export class FilterError extends Error {}

export function parseDate(value: string, name: string): string {
	const d = new Date(value + 'T00:00:00Z');
	if (!isoDate.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
		throw new FilterError(`${name} must be a date as YYYY-MM-DD, got "${value}"`);
	}
	return value;
}

export const addDays = (date: string, days: number): string =>
	new Date(Date.parse(date + 'T00:00:00Z') + days * DAY).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string): number =>
	Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / DAY);

/** The period of equal length that ends where this one starts. */
export function previousPeriod(f: { from: string; to: string }): { from: string; to: string } {
	return { from: addDays(f.from, -daysBetween(f.from, f.to)), to: f.from };
}

/**
 * Filters from URL search params (or CLI flags). `fallback` supplies the date range
 * when none is given; `to` is exclusive, as periods are half-open [from, to).
 */
export function parseFilters(params: URLSearchParams, fallback: { from: string; to: string }): Filters {
	const from = params.get('from') ? parseDate(params.get('from')!, 'from') : fallback.from;
	const to = params.get('to') ? parseDate(params.get('to')!, 'to') : fallback.to;
	if (from >= to) throw new FilterError(`from (${from}) must be before to (${to})`);
	const filters: Filters = { from, to };
	for (const d of dimensions) {
		const v = params.get(d);
		if (v !== null && v !== '') filters[d] = v;
	}
	return filters;
}

export function filtersToParams(f: Filters): URLSearchParams {
	const p = new URLSearchParams({ from: f.from, to: f.to });
	for (const d of dimensions) if (f[d]) p.set(d, f[d]!);
	return p;
}
