// The bundled sample export (data/sample/), loaded into an empty database on
// `npm start` so a fresh install opens on full dashboards.
import { join } from 'node:path';
import { projectRoot, withConnection, type Db } from './db';
import { importFile } from './importer';

export const sampleDir = (): string => join(projectRoot(), 'data', 'sample');

/** Imports the sample when the database holds no tickets; returns what it did, or null. */
export async function loadSampleIfEmpty(db: Db): Promise<string | null> {
	const [{ n }] = await withConnection(db, (conn) =>
		conn.allSql<{ n: number }>('SELECT count(*)::INTEGER AS n FROM tickets')
	);
	if (n > 0) return null;
	const tickets = await importFile(db, join(sampleDir(), 'tickets.csv'), { kind: 'tickets', source: 'sample', user: 'onecall start (sample)' });
	const changes = await importFile(db, join(sampleDir(), 'changes.csv'), { kind: 'changes', source: 'sample', user: 'onecall start (sample)' });
	return `The database was empty: loaded the sample. ${tickets.message}; ${changes.message}.`;
}
