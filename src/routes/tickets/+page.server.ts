// Tickets: the drill-down list for the URL's filters, metric part, key, bucket and caller.
import { error } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { DrilldownError } from '$lib/server/metric/drilldown';
import { RequestError } from '$lib/server/metric/request';
import { ticketsView } from '$lib/server/views/tickets';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	try {
		return await ticketsView(await serverDb(), url.searchParams);
	} catch (err) {
		if (err instanceof FilterError || err instanceof RequestError || err instanceof DrilldownError) error(400, err.message);
		throw err;
	}
};
