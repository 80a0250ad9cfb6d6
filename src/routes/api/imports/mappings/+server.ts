// GET /api/imports/mappings: the saved column mappings; POST: save one (JSON body).
import { error, json } from '@sveltejs/kit';
import { serverDb } from '$lib/server/db';
import { ImportError } from '$lib/server/importer';
import { listMappings, saveMapping } from '$lib/server/import-history';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listMappings(await serverDb()));

export const POST: RequestHandler = async ({ request }) => {
	try {
		return json(await saveMapping(await serverDb(), await request.json()));
	} catch (err) {
		if (err instanceof ImportError || err instanceof SyntaxError || err instanceof Error) error(400, (err as Error).message);
		throw err;
	}
};
