// Filters from a URL with the preset range anchored at the newest ticket, and the row
// shape of the Overview's weekly charts.
import { parseFilters, type Filters } from '$lib/filters';
import { defaultPresetId, presetRange, type DataRange } from '$lib/presets';
import type { Access } from './access/scope';
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

/** The days with tickets of the clients this access may see (another client's data never shows in the range). */
export function dataRange(db: Db, access: Access): Promise<DataRange> {
	return withConnection(db, (conn) => conn.one<DataRange>('metrics/data_range', { allowed_clients: access.clients }));
}

/** Filters from a URL, with the default preset's range where the URL names none. */
export async function filtersFromUrl(db: Db, access: Access, params: URLSearchParams): Promise<{ filters: Filters; range: DataRange }> {
	const range = await dataRange(db, access);
	const today = new Date().toISOString().slice(0, 10);
	const fallback = presetRange(params.get('preset') ?? defaultPresetId, range, today);
	return { filters: parseFilters(params, fallback), range };
}
