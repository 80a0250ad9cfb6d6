// URL parameters of /api/metrics/<metric> and /api/tickets, checked against allow-lists
// so only known metric names, dimensions, grains and sort columns reach the SQL.
import { parseDate, type Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import { isBreakdownDimension, isMetricName, type BreakdownDimension, type MetricName } from './catalog';
import { grains, type Grain, type ReportOptions } from './report';
import { parts, sortColumns, type DrilldownQuery, type Part, type SortColumn } from './drilldown';

export class RequestError extends Error {}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], name: string): T | undefined => {
	if (value === null || value === '') return undefined;
	if (!(allowed as readonly string[]).includes(value)) {
		throw new RequestError(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
	}
	return value as T;
};

export function metricName(value: string | null): MetricName {
	if (!value || !isMetricName(value)) throw new RequestError(`unknown metric "${value ?? ''}"`);
	return value;
}

export function reportOptions(params: URLSearchParams): ReportOptions {
	const by = params.get('by');
	if (by && !isBreakdownDimension(by)) throw new RequestError(`by must be a known dimension, got "${by}"`);
	return { by: (by || undefined) as BreakdownDimension | undefined, grain: oneOf<Grain>(params.get('grain'), grains, 'grain') };
}

export interface DrilldownRequest {
	query: DrilldownQuery;
	page: number;
	pageSize: number;
	csv: boolean;
}

const positiveInt = (value: string | null, name: string, fallback: number, max: number): number => {
	if (value === null || value === '') return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1 || n > max) throw new RequestError(`${name} must be a whole number from 1 to ${max}`);
	return n;
};

export function drilldownRequest(params: URLSearchParams, filters: Filters, access: Access): DrilldownRequest {
	const metric = metricName(params.get('metric'));
	const part = oneOf<Part>(params.get('part'), parts, 'part') ?? 'numerator';
	const { by, grain } = reportOptions(params);
	// `key` names a breakdown row; present but empty means the row without a value.
	const key = params.has('key') ? params.get('key') || null : undefined;
	if (key !== undefined && !by) throw new RequestError('key needs by=<dimension>');
	const bucketText = params.get('bucket');
	const bucket = bucketText ? parseDate(bucketText, 'bucket') : undefined;
	if (bucket && !grain) throw new RequestError('bucket needs grain=day|week|month');
	return {
		query: {
			metric,
			part,
			filters,
			access,
			...(by && key !== undefined ? { by, key } : {}),
			...(grain && bucket ? { grain, bucket } : {}),
			sort: oneOf<SortColumn>(params.get('sort'), sortColumns, 'sort') ?? 'occurred_at',
			dir: oneOf(params.get('dir'), ['asc', 'desc'] as const, 'dir') ?? 'asc'
		},
		page: positiveInt(params.get('page'), 'page', 1, 1_000_000),
		pageSize: positiveInt(params.get('page_size'), 'page_size', 50, 1000),
		csv: params.get('format') === 'csv'
	};
}
