// A process killed (SIGKILL) in the middle of a large import: on restart the
// database opens, the earlier tickets are intact, and the import shows as failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeDb, openDb, quotedString, withConnection } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { listImports } from '../../src/lib/server/import-history';
import { fixture } from '../helpers/db';

const runCli = fileURLToPath(new URL('../fixtures/run-cli.mjs', import.meta.url));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('killing the process during an import', () => {
	it('leaves the earlier data intact and the import marked failed', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'onecall-crash-'));
		const dbPath = join(dir, 'crash.duckdb');
		const big = join(dir, 'big.csv');
		// A fresh (uncached) instance, so this process lets go of the file before the child opens it.
		const db = await openDb(dbPath, { schemaUpTo: 99 });
		await importFile(db, fixture('two-tickets.csv'));
		await withConnection(db, (c) =>
			c.runSql(`COPY (SELECT 'K' || i AS ticket_id, TIMESTAMPTZ '2025-01-01' + to_seconds(i) AS created_at,
			                'C' || (i % 50000) AS caller_id, 'Team ' || (i % 20) AS team, 'Resolved' AS status,
			                'Subject of ticket number ' || i AS subject
			         FROM range(3000000) t(i)) TO ${quotedString(big)} (HEADER)`)
		);
		closeDb(db);

		const child = spawn(process.execPath, [runCli, 'import', big, '--db', dbPath], { stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		// The import is under way once its "running" record reached the write-ahead log.
		const deadline = Date.now() + 60_000;
		while (!(existsSync(dbPath + '.wal') && statSync(dbPath + '.wal').size > 0)) {
			if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the import did not start: ${output}`);
			await sleep(20);
		}
		await sleep(400);
		expect(child.exitCode, `the import finished before the kill: ${output}`).toBeNull();
		child.kill('SIGKILL');
		await new Promise((r) => child.once('exit', r));

		const reopened = await openDb(dbPath);
		const tickets = await withConnection(reopened, (c) => c.allSql('SELECT ticket_id FROM tickets ORDER BY ticket_id'));
		expect(tickets).toEqual([{ ticket_id: 'A1' }, { ticket_id: 'A2' }]);
		const history = await listImports(reopened);
		expect(history.map((h) => [h.import_id, h.file_name, h.status])).toEqual([
			[2, 'big.csv', 'failed'],
			[1, 'two-tickets.csv', 'succeeded']
		]);
		expect(history[0].message).toContain('interrupted');
		closeDb(reopened);
	}, 120_000);
});
