// GET /tickets/csv?<same as the Tickets view>: the whole list as CSV (every page, every
// narrowing bound in the query), streamed from one result, formula-looking cells neutralised.
import { drilldownCsv } from '$lib/server/metric/drilldown';
import { answer } from '$lib/server/request-scope';
import { ticketsQuery } from '$lib/server/views/tickets';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	answer(event, async ({ db, access, params }) => {
		const { query, filters, caller, within, change, score } = await ticketsQuery(db, access, params);
		const narrowed = caller !== null || within !== null || change !== null || score !== null;
		const name = `onecall-tickets-${query.metric}-${filters.from}-${filters.to}${narrowed ? '-narrowed' : ''}.csv`;
		return new Response(drilldownCsv(db, query), {
			headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` }
		});
	});
