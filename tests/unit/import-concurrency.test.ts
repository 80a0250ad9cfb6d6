// Imports are serialised, and readers keep answering while one runs: a query during
// a large import sees the data as it was, at once, not after the import.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/server/importer';
import { quotedString, withConnection } from '../../src/lib/server/db';
import { fixture, memoryDb } from '../helpers/db';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('during an import', () => {
	it('dashboards keep answering with the earlier data, and a second import waits its turn', async () => {
		const db = await memoryDb();
		await importFile(db, fixture('two-tickets.csv'));
		const big = join(mkdtempSync(join(tmpdir(), 'onecall-concurrent-')), 'big.csv');
		await withConnection(db, (c) =>
			c.runSql(`COPY (SELECT 'K' || i AS ticket_id, TIMESTAMPTZ '2025-01-01' + to_seconds(i) AS created_at, 'C' || (i % 9000) AS caller_id
			         FROM range(1500000) t(i)) TO ${quotedString(big)} (HEADER)`)
		);
		let bigDone = false;
		const running = importFile(db, big).then((r) => ((bigDone = true), r));
		const second = importFile(db, fixture('headline-tickets.csv'));
		const count = () => withConnection(db, (c) => c.allSql<{ n: number; running: number }>(
			"SELECT (SELECT count(*)::INTEGER FROM tickets) AS n, (SELECT count(*)::INTEGER FROM imports WHERE status = 'running') AS running"));
		let seen = await count();
		while (seen[0].running === 0 && !bigDone) seen = await count(), await sleep(5);
		const t0 = performance.now();
		const during = await count();
		const answeredMs = performance.now() - t0;
		expect(bigDone).toBe(false);
		expect(during).toEqual([{ n: 2, running: 1 }]);
		expect(answeredMs).toBeLessThan(1000);
		const [bigResult, secondResult] = await Promise.all([running, second]);
		expect(bigResult.rowsLoaded).toBe(1_500_000);
		// The second import started only after the first had finished.
		expect(secondResult.importId).toBe(3);
		expect(await withConnection(db, (c) => c.allSql('SELECT count(*)::INTEGER AS n FROM tickets'))).toEqual([{ n: 1_500_014 }]);
	}, 120_000);

	it('reports loading progress while DuckDB reads the file, ending at 100', async () => {
		const db = await memoryDb();
		const big = join(mkdtempSync(join(tmpdir(), 'onecall-progress-')), 'big.csv');
		await withConnection(db, (c) =>
			c.runSql(`COPY (SELECT 'K' || i AS ticket_id, TIMESTAMPTZ '2025-01-01' + to_seconds(i) AS created_at, 'Subject ' || i AS subject,
			                'C' || (i % 5000) AS caller_id, 'Team ' || (i % 9) AS team, 'Agent ' || (i % 77) AS agent, 'Closed' AS status
			         FROM range(3000000) t(i)) TO ${quotedString(big)} (HEADER)`)
		);
		const seen: number[] = [];
		await importFile(db, big, { onProgress: (p) => seen.push(p) });
		expect(seen.at(-1)).toBe(100);
		expect(seen.some((p) => p > 0 && p < 100)).toBe(true);
		expect(seen.every((p) => p >= 0 && p <= 100)).toBe(true);
	}, 120_000);
});
