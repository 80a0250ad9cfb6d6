// POST /api/imports/ID/undo: undoes an import (its tickets revert or disappear).
import { error, json } from '@sveltejs/kit';
import { serverDb } from '$lib/server/db';
import { audit } from '$lib/server/audit';
import { ImportError } from '$lib/server/importer';
import { undoImport } from '$lib/server/import-history';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, locals }) => {
	const id = Number(params.id);
	if (!Number.isInteger(id) || id < 1) error(400, 'the import id must be a positive whole number');
	try {
		const db = await serverDb();
		const message = await undoImport(db, id);
		await audit(db, locals.access, 'undo', { import_id: id, message });
		return json({ message });
	} catch (err) {
		if (err instanceof ImportError) error(409, err.message);
		throw err;
	}
};
