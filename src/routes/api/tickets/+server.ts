// GET /api/tickets?<filters>&metric=<metric>&part=<numerator|denominator|excluded>: the
// exact tickets (changes, for change_failure_rate) behind a number; paged JSON or CSV.
import { json } from '@sveltejs/kit';
import { answer } from '$lib/server/request-scope';
import { filtersFromUrl } from '$lib/server/overview';
import { drilldown, drilldownCsv } from '$lib/server/metric/drilldown';
import { drilldownRequest } from '$lib/server/metric/request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	answer(event, async ({ db, access, params }) => {
		const { filters } = await filtersFromUrl(db, access, params);
		const req = drilldownRequest(params, filters, access);
		if (req.csv) {
			const q = req.query;
			const name = `onecall-${q.metric}-${q.part}-${filters.from}-${filters.to}.csv`;
			// drilldownCsv checks the request before streaming starts: a bad one is a 400, not a broken download.
			return new Response(drilldownCsv(db, q), {
				headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` }
			});
		}
		return json(await drilldown(db, req.query, req.page, req.pageSize));
	});
