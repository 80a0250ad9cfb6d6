// The ticket statements run in batches sized by DuckDB's memory limit: an upload's 128MB
// takes 500k-row batches, a command-line import's 1GB one statement for 1M rows. Both store
// exactly the same tickets, previous contacts and outcomes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quotedString, withConnection, type Db } from '../../src/lib/server/db';
import { importFile, storesSorted, ticketBatchRows } from '../../src/lib/server/importer';
import { memoryDb } from '../helpers/db';

const dir = mkdtempSync(join(tmpdir(), 'onecall-batches-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ticket batch size', () => {
	it('follows the memory limit as DuckDB prints it, never below 500k rows', () => {
		expect(ticketBatchRows('122.0 MiB')).toBe(500_000n);
		expect(ticketBatchRows('953.6 MiB')).toBe(1_907_200n);
		expect(ticketBatchRows('7.4 GiB')).toBe(15_155_200n);
		expect(ticketBatchRows('488.2 KiB')).toBe(500_000n);
		expect(ticketBatchRows('something else')).toBe(500_000n);
	});
});

// A digest of everything stored per ticket that a batch boundary could disturb.
const digest = (db: Db) =>
	withConnection(db, (c) =>
		c.allSql<{ n: number; callers: number; prev_any: string; prev_same: string; resolved: number; hours: number }>(
			`SELECT count(*)::INTEGER AS n, count(DISTINCT caller_id)::INTEGER AS callers,
			        sum(epoch(prev_caller_ticket_at))::VARCHAR AS prev_any, sum(epoch(prev_same_issue_at))::VARCHAR AS prev_same,
			        count(*) FILTER (WHERE is_resolved)::INTEGER AS resolved, round(sum(resolution_hours), 3) AS hours
			 FROM tickets`
		)
	);

describe('a file larger than one batch', () => {
	it('stores the same tickets in three 500k batches as in one statement', async () => {
		const file = join(dir, 'big.csv');
		const scratch = await memoryDb();
		// Callers recur across the batch boundaries (i % 7000), so previous contacts cross them.
		await withConnection(scratch, (c) =>
			c.runSql(`COPY (SELECT 'B' || i AS ticket_id, TIMESTAMPTZ '2025-01-01' + to_seconds(i * 7) AS created_at,
			                       CASE WHEN i % 3 = 0 THEN TIMESTAMPTZ '2025-01-01' + to_seconds(i * 7 + 3600) END AS resolved_at,
			                       'C' || (i % 7000) AS caller_id, 'Cat ' || (i % 4) AS category
			                FROM range(1100000) t(i)) TO ${quotedString(file)} (HEADER)`)
		);
		const batched = await memoryDb();
		// At 128MB an in-memory database spills to ./.tmp unless told otherwise.
		await withConnection(batched, (c) => c.runSql(`SET temp_directory = ${quotedString(join(dir, 'spill'))}`));
		const whole = await memoryDb();
		// As an upload imports: 128MB and one thread (two threads at this cap ran out of memory
		// in the inserts now and then).
		const a = await importFile(batched, file, { memoryLimit: '128MB', threads: 1 });
		const b = await importFile(whole, file);
		expect([a.rowsLoaded, b.rowsLoaded]).toEqual([1_100_000, 1_100_000]);
		const [fromBatches] = await digest(batched);
		expect(fromBatches).toEqual((await digest(whole))[0]);
		expect(fromBatches.n).toBe(1_100_000);
		// Every third ticket is resolved, an hour after it opened; 7,000 callers' first tickets have no previous one.
		expect(fromBatches.resolved).toBe(366_667);
		expect(fromBatches.hours).toBe(366_667);
		expect(fromBatches.callers).toBe(7_000);
		const [{ without }] = await withConnection(batched, (c) =>
			c.allSql<{ without: number }>('SELECT count(*) FILTER (WHERE prev_caller_ticket_at IS NULL)::INTEGER AS without FROM tickets'));
		expect(without).toBe(7_000);

		// Too little memory for the inserts (100MB and two threads; the staging still fits): the
		// import says so in those words, not in the words of the statement that ran after the
		// failed one ("Current transaction is aborted").
		const starved = await memoryDb();
		await withConnection(starved, (c) => c.runSql(`SET temp_directory = ${quotedString(join(dir, 'spill-starved'))}`));
		const refused = importFile(starved, file, { memoryLimit: '100MB', threads: 2 });
		await expect(refused).rejects.toThrow(/^big\.csv: the import ran out of the memory it may use .*\(import failed; nothing of it was stored\)$/);
		const [{ n }] = await withConnection(starved, (c) => c.allSql<{ n: number }>('SELECT count(*)::INTEGER AS n FROM tickets'));
		expect(n).toBe(0);
	}, 120_000);
});

describe('the order tickets are stored in', () => {
	const file = join(dir, 'mixed.csv');
	writeFileSync(file, 'ticket_id,created_at,client\n' + [
		'T1,2026-02-03T09:00:00Z,Zephyr', 'T2,2026-01-20T09:00:00Z,Acme', 'T3,2026-02-01T08:00:00Z,Acme',
		'T4,2026-01-05T09:00:00Z,Zephyr', 'T5,2026-01-02T09:00:00Z,Acme', 'T6,2026-02-10T09:00:00Z,Acme', 'T7,2026-01-09T09:00:00Z,'
	].join('\n') + '\n');
	const storedOrder = async (options: Parameters<typeof importFile>[2]) => {
		const db = await memoryDb();
		await importFile(db, file, options);
		return (await withConnection(db, (c) => c.allSql<{ ticket_id: string }>('SELECT ticket_id FROM tickets ORDER BY rowid'))).map((r) => r.ticket_id);
	};

	it('is month, then client, then creation time with memory to sort (a command-line import)', async () => {
		// January: Acme (T5, T2), Zephyr (T4), no client last (T7); February: Acme (T3, T6), Zephyr (T1).
		expect(await storedOrder({ memoryLimit: '1GB' })).toEqual(['T5', 'T2', 'T4', 'T7', 'T3', 'T6', 'T1']);
	});

	it('is the file’s own under an upload’s 128MB', async () => {
		expect(await storedOrder({ memoryLimit: '128MB', threads: 1 })).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
		expect([storesSorted('122.0 MiB'), storesSorted('511.9 MiB'), storesSorted('953.6 MiB'), storesSorted('18.6 GiB'), storesSorted('?')])
			.toEqual([false, false, true, true, false]);
	});
});
