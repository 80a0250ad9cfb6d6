// GET /tickets/csv?<same as the Tickets view>: the whole list as CSV (every page), with
// formula-looking cells neutralised; the metric library streams it, a caller or repeat window is narrowed here.
import { toCsv } from '$lib/components/csv';
import { drilldownCsv } from '$lib/server/metric/drilldown';
import { drilldownRequest } from '$lib/server/metric/request';
import { answer } from '$lib/server/request-scope';
import { scopeFromUrl } from '$lib/server/views/common';
import { ticketsView } from '$lib/server/views/tickets';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	answer(event, async ({ db, access, params: asked }) => {
		const params = new URLSearchParams(asked);
		if (!params.get('metric')) params.set('metric', 'volume');
		const { filters } = await scopeFromUrl(db, access, params);
		// Narrowings the drill-down query lacks (caller, repeat window, change, CSAT score).
		const narrowed = ['caller', 'within', 'change', 'score'].some((k) => params.get(k));
		const name = `onecall-tickets-${params.get('metric')}-${filters.from}-${filters.to}${narrowed ? '-narrowed' : ''}.csv`;
		const headers = { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"` };
		if (narrowed) {
			// Narrowed lists are built in one go from the view's own rows, as one page.
			params.delete('page');
			const { rows } = await ticketsView(db, access, params, 1_000_000);
			const cols = ['item_id', 'occurred_at', 'caller_id', 'client', 'team', 'agent', 'channel', 'priority', 'category', 'service', 'status', 'subject', 'in_numerator', 'value'] as const;
			const header = cols.map((c) => (c === 'item_id' ? 'ticket_id' : c === 'occurred_at' ? 'created_at' : c));
			return new Response(toCsv(header, rows.map((r) => cols.map((c) => r[c]))), { headers });
		}
		const req = drilldownRequest(params, filters, access);
		return new Response(drilldownCsv(db, req.query), { headers });
	});
