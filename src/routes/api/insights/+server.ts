// GET /api/insights: why the numbers moved (drivers, change impact, self-service candidates,
// frequent callers, unusual weeks) for the URL's filters, the same JSON as `onecall insights`.
import { json } from '@sveltejs/kit';
import { answer } from '$lib/server/request-scope';
import { filtersFromUrl } from '$lib/server/overview';
import { insights } from '$lib/server/insights';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	answer(event, async ({ db, access, params }) => {
		const { filters } = await filtersFromUrl(db, access, params);
		return json(await insights(db, access, filters));
	});
