// GET /api/metrics: the headline metrics (period and previous) for the URL's filters,
// the same JSON as `onecall metrics`.
import { json, error } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { filtersFromUrl } from '$lib/server/overview';
import { headlineMetrics } from '$lib/server/metrics';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const db = await serverDb();
	try {
		const { filters } = await filtersFromUrl(db, url.searchParams);
		return json(await headlineMetrics(db, filters));
	} catch (err) {
		if (err instanceof FilterError) error(400, err.message);
		throw err;
	}
};
