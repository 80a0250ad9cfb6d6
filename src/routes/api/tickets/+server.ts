// GET /api/tickets?<filters>&metric=<metric>&part=<numerator|denominator|excluded>: the
// exact tickets (changes, for change_failure_rate) behind a number; paged JSON or CSV.
import { json, error } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { filtersFromUrl } from '$lib/server/overview';
import { drilldown, drilldownCsv, DrilldownError } from '$lib/server/metric/drilldown';
import { drilldownRequest, RequestError } from '$lib/server/metric/request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
	const db = await serverDb();
	try {
		const { filters } = await filtersFromUrl(db, url.searchParams);
		const req = drilldownRequest(url.searchParams, filters);
		if (req.csv) {
			const q = req.query;
			const name = `onecall-${q.metric}-${q.part}-${filters.from}-${filters.to}.csv`;
			// Checked before streaming starts, so a bad request is a 400, not a broken download.
			await drilldown(db, q, 1, 1);
			return new Response(drilldownCsv(db, q), {
				headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` }
			});
		}
		return json(await drilldown(db, req.query, req.page, req.pageSize));
	} catch (err) {
		if (err instanceof FilterError || err instanceof RequestError || err instanceof DrilldownError) error(400, err.message);
		throw err;
	}
};
