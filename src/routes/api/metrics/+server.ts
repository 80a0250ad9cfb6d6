// GET /api/metrics: the headline metrics (period and previous) for the URL's filters,
// the same JSON as `onecall metrics`.
import { json } from '@sveltejs/kit';
import { answer } from '$lib/server/request-scope';
import { filtersFromUrl } from '$lib/server/overview';
import { headlineMetrics } from '$lib/server/metrics';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	answer(event, async ({ db, access, params }) => {
		const { filters } = await filtersFromUrl(db, access, params);
		return json(await headlineMetrics(db, access, filters));
	});
