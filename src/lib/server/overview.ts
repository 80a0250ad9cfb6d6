// Everything the Overview page shows, in one call: headline metrics with the previous
// period, the weekly trend, and the data's date range for the filter presets.
import { parseFilters, type Filters } from '$lib/filters';
import { defaultPresetId, presetRange, type DataRange } from '$lib/presets';
import { withConnection, type Db } from './db';
import { headlineMetrics, scopeParams, type HeadlineMetrics } from './metrics';

export interface TrendRow {
	bucket: string;
	tickets: number;
	fcr_numerator: number;
	fcr_denominator: number;
	csat_satisfied: number;
	csat_responses: number;
	change_caused: number;
}

export interface OverviewData {
	filters: Filters;
	dataRange: DataRange;
	metrics: HeadlineMetrics;
	trend: TrendRow[];
}

export const grains = ['day', 'week', 'month'] as const;
export type Grain = (typeof grains)[number];

export function dataRange(db: Db): Promise<DataRange> {
	return withConnection(db, (conn) => conn.one<DataRange>('metrics/data_range'));
}

/** Filters from a URL, with the default preset's range where the URL names none. */
export async function filtersFromUrl(db: Db, params: URLSearchParams): Promise<{ filters: Filters; range: DataRange }> {
	const range = await dataRange(db);
	const today = new Date().toISOString().slice(0, 10);
	const fallback = presetRange(params.get('preset') ?? defaultPresetId, range, today);
	return { filters: parseFilters(params, fallback), range };
}

export function trend(db: Db, filters: Filters, grain: Grain): Promise<TrendRow[]> {
	if (!grains.includes(grain)) throw new Error(`grain must be one of ${grains.join(', ')}`);
	return withConnection(db, (conn) => conn.all<TrendRow>('metrics/trend', { ...scopeParams(filters), grain }));
}

export async function overview(db: Db, params: URLSearchParams): Promise<OverviewData> {
	const { filters, range } = await filtersFromUrl(db, params);
	const [metrics, rows] = await Promise.all([headlineMetrics(db, filters), trend(db, filters, 'week')]);
	return { filters, dataRange: range, metrics, trend: rows };
}
