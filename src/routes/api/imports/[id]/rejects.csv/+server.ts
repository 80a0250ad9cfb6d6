// GET /api/imports/ID/rejects.csv: one import's validation report (line, column,
// reason, raw line) as a CSV download.
import { error } from '@sveltejs/kit';
import { serverDb } from '$lib/server/db';
import { rejectsCsv } from '$lib/server/import-history';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	const id = Number(params.id);
	if (!Number.isInteger(id) || id < 1) error(400, 'the import id must be a positive whole number');
	return new Response(await rejectsCsv(await serverDb(), id), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="import-${id}-rejected-rows.csv"`
		}
	});
};
