// `onecall export --parquet` and the read-only database over its folder: the bundled sample in a
// database file, exported, then the same metrics read from the Parquet files, and every write refused.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/onecall';
import { localAccess } from '../../src/lib/server/access/scope';
import { closeDb, openDb, ReadOnlyError, streamRows, withConnection, type Conn, type Db } from '../../src/lib/server/db';
import { undoImport } from '../../src/lib/server/import-history';
import { importFile } from '../../src/lib/server/importer';
import { metricReport } from '../../src/lib/server/metric/report';
import { headlineMetrics } from '../../src/lib/server/metrics';
import { exportParquet, MANIFEST, openParquetDb, ParquetStoreError } from '../../src/lib/server/parquet-store';
import { readSettings, writeSetting } from '../../src/lib/server/settings';

const work = mkdtempSync(join(tmpdir(), 'onecall-parquet-'));
const dbPath = join(work, 'sample.duckdb');
const exportDir = join(work, 'export');
const sample = (name: string) => join(process.cwd(), 'data', 'sample', name);

async function cli(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
	return { code, out: out.join('\n'), err: err.join('\n') };
}

let db: Db;
let parquet: Db;
let exported: Awaited<ReturnType<typeof cli>>;

beforeAll(async () => {
	db = await openDb(dbPath);
	await importFile(db, sample('tickets.csv'), { kind: 'tickets' });
	await importFile(db, sample('changes.csv'), { kind: 'changes' });
	// Not the defaults, so the numbers only agree if the settings travel with the files.
	await withConnection(db, async (conn) => {
		await writeSetting(conn, 'repeat_window_days', '14');
		await writeSetting(conn, 'sla_target_hours', '{"P1": 2, "P2": 6, "P3": 20, "P4": 60}');
	});
	exported = await cli('export', '--parquet', exportDir, '--db', dbPath);
	parquet = await openParquetDb(exportDir);
}, 120_000);

afterAll(() => {
	closeDb(parquet);
	closeDb(db);
	rmSync(work, { recursive: true, force: true });
});

/**
 * Where two results differ: counts, rates' parts and every string exactly; a fraction (a mean
 * of doubles) to 1e-12 of itself, because a sum of doubles depends on the order the rows are
 * added in, and a table's row groups and a folder of monthly files are added in different
 * orders (the last digit of a CSAT mean moved). The rates themselves are ratios of exact counts.
 */
function differences(actual: unknown, expected: unknown, path = '$'): string[] {
	if (typeof actual === 'number' && typeof expected === 'number' && !(Number.isInteger(actual) && Number.isInteger(expected))) {
		return Math.abs(actual - expected) <= 1e-12 * Math.max(Math.abs(actual), Math.abs(expected)) ? [] : [`${path}: ${actual} vs ${expected}`];
	}
	if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
		const keys = new Set([...Object.keys(actual), ...Object.keys(expected)]);
		return [...keys].flatMap((k) => differences((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`));
	}
	return Object.is(actual, expected) ? [] : [`${path}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`];
}

const count = (d: Db, table: string) =>
	withConnection(d, async (conn) => (await conn.allSql<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`))[0].n);

describe('onecall export --parquet', () => {
	it('writes tickets and changes by month, imports and settings whole, and says what it wrote', async () => {
		expect(exported.err).toBe('');
		expect(exported.code).toBe(0);
		const tickets = await count(db, 'tickets');
		const changes = await count(db, 'changes');
		expect(tickets).toBeGreaterThan(10_000);
		expect(exported.out).toContain(`tickets: ${tickets.toLocaleString('en-US')} rows in `);
		expect(exported.out).toContain(`changes: ${changes.toLocaleString('en-US')} rows in `);
		expect(exported.out).toMatch(/total: \d+ files, [\d.]+ (KiB|MiB)/);
		// One folder per month the tickets were created in.
		const months = await withConnection(db, (conn) =>
			conn.allSql<{ m: string }>("SELECT DISTINCT strftime(created_at, '%Y-%m') AS m FROM tickets ORDER BY m")
		);
		expect(readdirSync(join(exportDir, 'tickets')).sort()).toEqual(months.map((r) => `month=${r.m}`));
		const manifest = JSON.parse(readFileSync(join(exportDir, MANIFEST), 'utf8'));
		expect(manifest.tables.find((t: { table: string }) => t.table === 'tickets').rows).toBe(tickets);
		expect(readdirSync(exportDir).filter((n) => n.startsWith('.partial-'))).toEqual([]);
		// The folder reads back whole: same rows, same columns and types.
		for (const table of ['tickets', 'changes', 'imports', 'settings']) {
			expect(await count(parquet, table), table).toBe(await count(db, table));
			const columns = (d: Db) => withConnection(d, (conn) => conn.allSql(`DESCRIBE SELECT * FROM ${table}`));
			expect((await columns(parquet)).map((c) => [c.column_name, c.column_type]), table).toEqual(
				(await columns(db)).map((c) => [c.column_name, c.column_type])
			);
		}
	});

	it('refuses a folder with anything in it unless --overwrite, and never replaces files that are not an export', async () => {
		const again = await cli('export', '--parquet', exportDir, '--db', dbPath);
		expect(again.code).toBe(1);
		expect(again.err).toMatch(/is not empty .*--overwrite to replace the onecall export/);
		const overwritten = await cli('export', '--parquet', exportDir, '--db', dbPath, '--overwrite');
		expect(overwritten.code).toBe(0);
		const foreign = join(work, 'photos');
		mkdirSync(foreign);
		writeFileSync(join(foreign, 'holiday.jpg'), 'not a ticket');
		await expect(exportParquet(db, foreign, { overwrite: true })).rejects.toThrow(/not an onecall export \(holiday\.jpg\)/);
		expect(readdirSync(foreign)).toEqual(['holiday.jpg']);
	});
});

describe('the metrics over a Parquet export', () => {
	const periods = [
		{ from: '2026-08-03', to: '2026-11-01' },
		{ from: '2025-11-01', to: '2026-11-01' },
		{ from: '2026-03-01', to: '2026-04-01', team: 'Service Desk L1' },
		{ from: '2026-05-01', to: '2026-08-01', client: 'Quantum Labs', channel: 'email' }
	];

	it.each(periods)('the headline is identical for %o', async (filters) => {
		const fromDb = await headlineMetrics(db, localAccess, filters);
		expect(fromDb.tickets).toBeGreaterThan(0);
		expect(fromDb.repeat_contacts.window_days).toBe(14);
		expect(differences(await headlineMetrics(parquet, localAccess, filters), fromDb)).toEqual([]);
	});

	it('the CLI prints the same metrics JSON from --parquet as from --db', async () => {
		const args = ['metrics', '--from', '2026-08-03', '--to', '2026-11-01', '--priority', 'P2'];
		const fromDb = await cli(...args, '--db', dbPath);
		const fromParquet = await cli(...args, '--parquet', exportDir);
		expect(fromParquet.err).toBe('');
		expect(fromParquet.code).toBe(0);
		expect(JSON.parse(fromDb.out).tickets).toBeGreaterThan(0);
		expect(differences(JSON.parse(fromParquet.out), JSON.parse(fromDb.out))).toEqual([]);
	});

	it('the insights (drivers, change impact, self-service, frequent callers, unusual weeks) are identical', async () => {
		const args = ['insights', '--from', '2026-08-03', '--to', '2026-11-01'];
		const fromDb = await cli(...args, '--db', dbPath);
		const fromParquet = await cli(...args, '--parquet', exportDir);
		expect(fromParquet.err).toBe('');
		expect(Object.keys(JSON.parse(fromDb.out)).length).toBeGreaterThan(2);
		expect(differences(JSON.parse(fromParquet.out), JSON.parse(fromDb.out))).toEqual([]);
	}, 60_000);

	it.each(['fcr', 'sla', 'csat', 'repeat_callers', 'change_caused', 'resolution_time'] as const)(
		'the %s report with breakdown and trend is identical',
		async (metric) => {
			const filters = { from: '2026-08-03', to: '2026-11-01' };
			const options = { by: 'team' as const, grain: 'week' as const };
			const fromDb = await metricReport(db, localAccess, metric, filters, options);
			expect(fromDb.rows?.length).toBeGreaterThan(1);
			expect(differences(await metricReport(parquet, localAccess, metric, filters, options), fromDb)).toEqual([]);
		}
	);
});

describe('a Parquet export is read-only', () => {
	const refusal = /is a read-only Parquet export: imports, settings changes and undo need the database file/;

	it('refuses a settings change, an import and an undo, and keeps the settings it has', async () => {
		const before = await withConnection(parquet, readSettings);
		await expect(withConnection(parquet, (conn) => writeSetting(conn, 'repeat_window_days', '30'))).rejects.toThrow(ReadOnlyError);
		await expect(withConnection(parquet, (conn) => writeSetting(conn, 'repeat_window_days', '30'))).rejects.toThrow(refusal);
		await expect(importFile(parquet, sample('changes.csv'), { kind: 'changes' })).rejects.toThrow(refusal);
		await expect(undoImport(parquet, 1)).rejects.toThrow(refusal);
		expect(await withConnection(parquet, readSettings)).toEqual(before);
		expect(await count(parquet, 'changes')).toBe(await count(db, 'changes'));
	});

	it('runs many reads at once on one connection, and refuses a statement asked once it is given back', async () => {
		let kept: Conn | undefined;
		const counts = await withConnection(parquet, (conn) => {
			kept = conn;
			return Promise.all(['tickets', 'changes', 'imports', 'settings', 'tickets'].map((t) => conn.allSql<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${t}`)));
		});
		expect(counts.map(([r]) => r.n)).toEqual([
			await count(db, 'tickets'), await count(db, 'changes'), await count(db, 'imports'), await count(db, 'settings'), await count(db, 'tickets')
		]);
		await expect(kept!.allSql('SELECT 1')).rejects.toThrow(/already given back/);
	});

	it('streams a read chunk by chunk (the CSV downloads), and refuses a write asked that way too', async () => {
		let streamed = 0;
		for await (const rows of streamRows(parquet, 'SELECT ticket_id FROM tickets')) streamed += rows.length;
		expect(streamed).toBe(await count(db, 'tickets'));
		const write = async () => {
			for await (const rows of streamRows(parquet, 'DELETE FROM tickets RETURNING ticket_id')) void rows;
		};
		await expect(write()).rejects.toThrow(refusal);
		expect(await count(parquet, 'tickets')).toBe(streamed);
	});

	it('says so on the command line, and refuses --parquet where it cannot apply', async () => {
		const set = await cli('settings', 'set', 'repeat_window_days', '30', '--parquet', exportDir);
		expect(set.code).toBe(1);
		expect(set.err).toMatch(refusal);
		const get = await cli('settings', 'get', 'repeat_window_days', '--parquet', exportDir);
		expect(JSON.parse(get.out)).toBe(14);
		const serve = await cli('user', 'list', '--parquet', exportDir);
		expect(serve.code).toBe(1);
		expect(serve.err).toMatch(/--parquet is for export, metrics, insights, imports and settings get, not user/);
	});

	it('refuses a folder that is not an export, or one of another schema version', async () => {
		await expect(openParquetDb(join(work, 'photos'))).rejects.toThrow(/is not an onecall Parquet export \(it has no onecall-export\.json\)/);
		const old = join(work, 'old-export');
		await exportParquet(db, old);
		const manifest = JSON.parse(readFileSync(join(old, MANIFEST), 'utf8'));
		writeFileSync(join(old, MANIFEST), JSON.stringify({ ...manifest, schema_version: manifest.schema_version - 1 }));
		await expect(openParquetDb(old)).rejects.toThrow(ParquetStoreError);
		await expect(openParquetDb(old)).rejects.toThrow(/exported at schema version \d+, this onecall reads version \d+/);
	});

	it('an empty database exports to a folder that reads as empty, and --overwrite replaces it whole', async () => {
		const empty = await openDb(':memory:');
		const dir = join(work, 'empty-export');
		const result = await exportParquet(empty, dir);
		expect(result.tables.map((t) => [t.table, t.rows])).toEqual([['tickets', 0], ['changes', 0], ['imports', 0], ['settings', 6]]);
		expect(existsSync(join(dir, 'tickets', 'month=none', 'data_0.parquet'))).toBe(true);
		const reader = await openParquetDb(dir);
		const m = await headlineMetrics(reader, localAccess, { from: '2026-01-01', to: '2026-02-01' });
		expect(m.tickets).toBe(0);
		expect(m.fcr.rate).toBeNull();
		closeDb(reader);
		closeDb(empty);
		// Overwritten by the sample's export: nothing of the earlier one is left behind.
		await exportParquet(db, dir, { overwrite: true });
		expect(readdirSync(join(dir, 'tickets'))).toEqual(readdirSync(join(exportDir, 'tickets')));
		expect(readdirSync(join(dir, 'tickets'))).not.toContain('month=none');
	});
});
