// `onecall serve` runs the CLI bundle and the app bundle in one process, each with its own
// copy of db.ts: a database file must still be opened (and its leftovers cleared) only once.
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

type DbModule = typeof import('../../src/lib/server/db');

/** A fresh copy of db.ts, as a second bundle in the same process has. */
async function dbModuleCopy(): Promise<DbModule> {
	vi.resetModules();
	return import('../../src/lib/server/db');
}

describe('opening one database file from two copies of db.ts', () => {
	const dbPath = join(mkdtempSync(join(tmpdir(), 'onecall-open-once-')), 'served.duckdb');
	let first: DbModule;
	afterAll(async () => {
		const db = await first.openDb(dbPath);
		first.closeDb(db);
	});

	it('hands the second copy the same database, leaving an upload that is arriving alone', async () => {
		first = await dbModuleCopy();
		const opened = await first.openDb(dbPath);
		// An upload in progress once the server answers: its folder and note, as receive() writes them.
		const arriving = join(first.uploadsDir(dbPath), 'upload-arriving');
		mkdirSync(arriving, { recursive: true });
		writeFileSync(join(arriving, 'upload.json'), JSON.stringify({ fileName: 'arriving.csv', user: 'tester', kind: 'tickets', bytes: 10, startedAt: new Date().toISOString() }));
		writeFileSync(join(arriving, 'arriving.csv'), 'ticket_id,created_at\n');

		const second = await dbModuleCopy();
		expect(second).not.toBe(first);
		const again = await second.openDb(dbPath);
		expect(again).toBe(opened);
		expect(readdirSync(arriving).sort()).toEqual(['arriving.csv', 'upload.json']);
		// Nor was it recorded as an upload a killed server left behind.
		const interrupted = await second.withConnection(again, (conn) =>
			conn.allSql<{ n: number }>("SELECT count(*)::INTEGER AS n FROM imports WHERE file_name = 'arriving.csv'"));
		expect(interrupted[0].n).toBe(0);
	});
});
