// Filters from a URL with the preset range anchored at the newest ticket, and the row
// shape of the Overview's weekly charts.
import { parseFilters, type Filters } from '$lib/filters';
import { defaultPresetId, presetRange, type DataRange } from '$lib/presets';
import { withConnection, type Db } from './db';

export interface TrendRow {
	bucket: string;
	tickets: number;
	fcr_numerator: number;
	fcr_denominator: number;
	csat_satisfied: number;
	csat_responses: number;
	change_caused: number;
}

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
