import { it } from 'vitest';
import { importFile } from '../../src/lib/server/importer';
import { closeDb, openDb, withConnection } from '../../src/lib/server/db';
import { rmSync } from 'node:fs';
const csv = '/work/main/data/bench/tickets-1000000.csv';
async function timed(path: string, fn: (db: Awaited<ReturnType<typeof openDb>>) => Promise<void>) {
	for (const f of [path, path + '.wal']) rmSync(f, { force: true });
	const db = await openDb(path);
	const t0 = performance.now();
	await fn(db);
	await withConnection(db, (conn) => conn.runSql('CHECKPOINT'));
	const ms = performance.now() - t0;
	closeDb(db);
	for (const f of [path, path + '.wal']) rmSync(f, { force: true });
	return Math.round(ms);
}
it('ab', async () => {
	for (let k = 0; k < 1; k++) {
		const bare = await timed('/tmp/ab-bare.duckdb', (db) => withConnection(db, (c) => c.runSql('CREATE TABLE t AS SELECT * FROM read_csv($file)', { file: csv })));
		const imp = await timed('/tmp/ab-imp.duckdb', async (db) => { await importFile(db, csv, { kind: 'tickets' }); });
		console.log('bare', bare, 'import', imp, 'ratio', (imp / bare).toFixed(2));
	}
}, 600000);
