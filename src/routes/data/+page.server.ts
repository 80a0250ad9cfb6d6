// Data: the import history, notes on the stored data and the saved mappings.
import { serverDb } from '$lib/server/db';
import { listImports, listMappings, storedNotes } from '$lib/server/import-history';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ depends }) => {
	depends('onecall:imports');
	const db = await serverDb();
	const [imports, quality, mappings] = await Promise.all([listImports(db), storedNotes(db), listMappings(db)]);
	return { imports, quality, mappings };
};
