// GET /api/imports/mappings: the saved column mappings; POST: save one (JSON body).
import { error, json } from '@sveltejs/kit';
import { serverDb } from '$lib/server/db';
import { audit } from '$lib/server/audit';
import { ImportError } from '$lib/server/importer';
import { listMappings, saveMapping } from '$lib/server/import-history';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listMappings(await serverDb()));

export const POST: RequestHandler = async ({ request, locals }) => {
	try {
		const db = await serverDb();
		const saved = await saveMapping(db, await request.json());
		await audit(db, locals.access, 'mapping_saved', { name: saved.name });
		return json(saved);
	} catch (err) {
		if (err instanceof ImportError || err instanceof SyntaxError || err instanceof Error) error(400, (err as Error).message);
		throw err;
	}
};
