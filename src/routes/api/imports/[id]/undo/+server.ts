// POST /api/imports/ID/undo: undoes an import (its tickets revert or disappear).
import { error, json } from '@sveltejs/kit';
import { serverDb } from '$lib/server/db';
import { ImportError } from '$lib/server/importer';
import { undoImport } from '$lib/server/import-history';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params }) => {
	const id = Number(params.id);
	if (!Number.isInteger(id) || id < 1) error(400, 'the import id must be a positive whole number');
	try {
		return json({ message: await undoImport(await serverDb(), id) });
	} catch (err) {
		if (err instanceof ImportError) error(409, err.message);
		throw err;
	}
};
