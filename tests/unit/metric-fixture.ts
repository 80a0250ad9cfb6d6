// Shared set-up of the metric-library tests: a fresh in-memory database with the
// hand-made February 2026 fixture (three ticket exports and a changes export).
import { importFile } from '../../src/lib/server/importer';
import type { Db } from '../../src/lib/server/db';
import { fixture, memoryDb } from '../helpers/db';

/** February 2026; the previous period of equal length is 4 January - 1 February. */
export const feb = { from: '2026-02-01', to: '2026-03-01' };

/**
 * a: every canonical column; b: only reassignment_count of the FCR criteria (reopen and
 * contact columns absent, not empty); c: no FCR criterion, no caller.
 */
export async function metricDb(): Promise<Db> {
	const db = await memoryDb();
	for (const f of ['metric-tickets-a.csv', 'metric-tickets-b.csv', 'metric-tickets-c.csv', 'metric-changes.csv']) {
		const result = await importFile(db, fixture(f));
		if (result.rowsRejected) throw new Error(`${f}: ${JSON.stringify(result.rejections)}`);
	}
	return db;
}
