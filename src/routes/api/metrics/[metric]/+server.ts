// GET /api/metrics/<metric>?<filters>&by=<dimension>&grain=<day|week|month>: one metric
// with its previous period, breakdown, trend and plain-words definition.
import { json, error } from '@sveltejs/kit';
import { answer } from '$lib/server/request-scope';
import { filtersFromUrl } from '$lib/server/overview';
import { metricReport } from '$lib/server/metric/report';
import { metricName, reportOptions } from '$lib/server/metric/request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => {
	let metric;
	try {
		metric = metricName(event.params.metric);
	} catch (err) {
		error(404, (err as Error).message);
	}
	return answer(event, async ({ db, access, params }) => {
		const options = reportOptions(params);
		const { filters } = await filtersFromUrl(db, access, params);
		return json(await metricReport(db, access, metric, filters, options));
	});
};
