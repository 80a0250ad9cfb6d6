// GET /api/metrics/<metric>?<filters>&by=<dimension>&grain=<day|week|month>: one metric
// with its previous period, breakdown, trend and plain-words definition.
import { json, error } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { filtersFromUrl } from '$lib/server/overview';
import { metricReport } from '$lib/server/metric/report';
import { metricName, reportOptions, RequestError } from '$lib/server/metric/request';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url }) => {
	let metric;
	try {
		metric = metricName(params.metric);
	} catch (err) {
		error(404, (err as Error).message);
	}
	const db = await serverDb();
	try {
		const options = reportOptions(url.searchParams);
		const { filters } = await filtersFromUrl(db, url.searchParams);
		return json(await metricReport(db, metric, filters, options));
	} catch (err) {
		if (err instanceof FilterError || err instanceof RequestError) error(400, err.message);
		throw err;
	}
};
