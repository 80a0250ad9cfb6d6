// The global filter set (date range and dimensions) shared by the URL, the API,
// the CLI and the SQL scope; parsing validates so nothing unchecked reaches a query.
export const dimensions = ['client', 'team', 'agent', 'channel', 'priority', 'category'] as const;
export type Dimension = (typeof dimensions)[number];

export type Filters = { from: string; to: string } & Partial<Record<Dimension, string>>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const DAY = 86_400_000;

export class FilterError extends Error {}

/**
 * Dates a period (and the previous period it is compared with) may touch. Far outside
 * any helpdesk's data, and well inside what DuckDB's date arithmetic handles: 9999-12-31
 * minus a period of equal length is year -5947, which DuckDB cannot print back.
 */
export const earliestDate = '1900-01-01';
export const latestDate = '2200-01-01';
/** Longest value a filter (or any other query parameter) may have, in characters. */
export const maxParamLength = 200;
const maxParams = 50;

/** Quoted for a message, cut short so a huge value does not fill the page. */
const shown = (value: string): string => JSON.stringify(value.length > 40 ? value.slice(0, 40) + '...' : value);

export function parseDate(value: string, name: string): string {
	const d = new Date(value + 'T00:00:00Z');
	if (!isoDate.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
		throw new FilterError(`${name} must be a date as YYYY-MM-DD, got ${shown(value)}`);
	}
	if (value < earliestDate || value > latestDate) {
		throw new FilterError(`${name} must be between ${earliestDate} and ${latestDate}, got ${value}`);
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
	checkParamSizes(params);
	const from = params.get('from') ? parseDate(params.get('from')!, 'from') : fallback.from;
	const to = params.get('to') ? parseDate(params.get('to')!, 'to') : fallback.to;
	if (from >= to) throw new FilterError(`from (${from}) must be before to (${to})`);
	const before = previousPeriod({ from, to }).from;
	if (before < earliestDate) {
		throw new FilterError(`the period ${from} to ${to} is too long: the previous period it is compared with would start on ${before}, before ${earliestDate}`);
	}
	const filters: Filters = { from, to };
	for (const d of dimensions) {
		const v = params.get(d);
		if (v !== null && v !== '') filters[d] = v;
	}
	return filters;
}

/**
 * Bounds every parameter of a request that reads filters (the dimensions and the view's
 * own ones: caller, change, key, ...), so no value of any size reaches a query.
 */
export function checkParamSizes(params: URLSearchParams): void {
	let count = 0;
	for (const [name, value] of params) {
		if (++count > maxParams) throw new FilterError(`too many query parameters (at most ${maxParams})`);
		if (name.length > maxParamLength) throw new FilterError(`a query parameter name is longer than ${maxParamLength} characters`);
		if (value.length > maxParamLength) {
			throw new FilterError(`${name} is ${value.length} characters long; at most ${maxParamLength} are allowed`);
		}
	}
}

export function filtersToParams(f: Filters): URLSearchParams {
	const p = new URLSearchParams({ from: f.from, to: f.to });
	for (const d of dimensions) if (f[d]) p.set(d, f[d]!);
	return p;
}
