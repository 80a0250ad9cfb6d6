// The CSV importer on real files: header synonyms, kept extra columns, row-level
// rejections with line and column, idempotent re-import and all-or-nothing failure.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { importFile, ImportError } from '../../src/lib/server/importer';
import { withConnection, type Db } from '../../src/lib/server/db';
import { fixture, memoryDb } from '../helpers/db';

let db: Db;
beforeEach(async () => {
	db = await memoryDb();
});

const rows = (sql: string) => withConnection(db, (conn) => conn.allSql<Record<string, unknown>>(sql));

describe('importing a ServiceNow-like file with bad rows', () => {
	it('loads the good rows, rejects each bad one with its line and column', async () => {
		const result = await importFile(db, fixture('servicenow-like-bad-rows.csv'));
		expect(result.kind).toBe('tickets');
		// Six data rows; INC2's date, INC3's count and the row without an id are rejected;
		// INC1 appears twice and is stored once.
		expect(result).toMatchObject({ status: 'succeeded', rowsRead: 6, rowsRejected: 3, rowsLoaded: 2 });
		// INC1's description spans lines 2-3, so INC2 starts on line 4.
		expect(result.rejections.map((r) => [r.line, r.column])).toEqual([
			[4, 'created_at'],
			[5, 'reassignment_count'],
			[7, 'ticket_id']
		]);
		expect(result.rejections[0].reason).toContain('yesterday');
		const stored = await rows('SELECT count(*)::INTEGER AS n FROM rejected_rows');
		expect(stored).toEqual([{ n: 3 }]);
	});

	it('maps synonyms, keeps unmapped columns, and lets the later row win', async () => {
		await importFile(db, fixture('servicenow-like-bad-rows.csv'));
		const tickets = await rows(
			`SELECT ticket_id, client, team, priority, caller_id, subject, reassignment_count, extra::VARCHAR AS extra
			 FROM tickets ORDER BY ticket_id`
		);
		expect(tickets).toEqual([
			{ ticket_id: 'INC1', client: 'Acme', team: 'Network', priority: 'P1', caller_id: 'U1', subject: 'Later row wins', reassignment_count: 0, extra: '{"Vendor ref":"X-6"}' },
			{ ticket_id: 'INC4', client: 'Globex', team: 'Desk', priority: 'P4', caller_id: 'U3', subject: 'Has "quotes", and comma', reassignment_count: 1, extra: '{"Vendor ref":"X-4"}' }
		]);
	});
});

describe('re-importing', () => {
	it('skips a byte-identical file and changes nothing', async () => {
		await importFile(db, fixture('headline-tickets.csv'));
		const before = await rows('SELECT count(*)::INTEGER AS n, max(import_id) AS last FROM tickets');
		const again = await importFile(db, fixture('headline-tickets.csv'));
		expect(again.status).toBe('skipped');
		expect(await rows('SELECT count(*)::INTEGER AS n, max(import_id) AS last FROM tickets')).toEqual(before);
	});

	it('replaces tickets of an overlapping export instead of duplicating them', async () => {
		await importFile(db, fixture('headline-tickets.csv'));
		const dir = mkdtempSync(join(tmpdir(), 'onecall-'));
		const file = join(dir, 'update.csv');
		writeFileSync(file, 'ticket_id,created_at,status\nT2,2026-01-02T09:00:00Z,Closed\nT99,2026-01-20T09:00:00Z,New\n');
		const result = await importFile(db, file);
		expect(result.rowsLoaded).toBe(2);
		// 12 tickets + T99; T2 replaced in place.
		expect(await rows('SELECT count(*)::INTEGER AS n FROM tickets')).toEqual([{ n: 13 }]);
		expect(await rows("SELECT status FROM tickets WHERE ticket_id = 'T2'")).toEqual([{ status: 'Closed' }]);
	});

	it("recomputes a later ticket's previous-contact time when an older export arrives after it", async () => {
		const dir = mkdtempSync(join(tmpdir(), 'onecall-'));
		writeFileSync(join(dir, 'new.csv'), 'ticket_id,created_at,caller_id\nN1,2026-01-10T09:00:00Z,A\n');
		writeFileSync(join(dir, 'old.csv'), 'ticket_id,created_at,caller_id\nO1,2026-01-05T09:00:00Z,A\n');
		await importFile(db, join(dir, 'new.csv'));
		await importFile(db, join(dir, 'old.csv'));
		expect(await rows("SELECT strftime(prev_caller_ticket_at, '%Y-%m-%d') AS prev FROM tickets WHERE ticket_id = 'N1'")).toEqual([
			{ prev: '2026-01-05' }
		]);
	});
});

describe('files that cannot be imported', () => {
	it('refuses a binary file with a clear reason and keeps the stored data', async () => {
		await importFile(db, fixture('two-tickets.csv'));
		await expect(importFile(db, fixture('binary.csv'))).rejects.toThrow(ImportError);
		await expect(importFile(db, fixture('binary.csv'))).rejects.toThrow(/binary\.csv/);
		expect(await rows('SELECT count(*)::INTEGER AS n FROM tickets')).toEqual([{ n: 2 }]);
	});

	it('rejects ragged and unterminated rows one by one, never the whole file', async () => {
		const result = await importFile(db, fixture('malformed.csv'));
		// Line 3 has too many cells and line 4 opens a quote it never closes.
		expect(result.rowsLoaded).toBe(1);
		expect(result.rejections.map((r) => r.line)).toEqual([3, 4]);
	});

	it('fails as a whole, storing nothing, when the file turns unreadable during the import', async () => {
		await importFile(db, fixture('two-tickets.csv'));
		const dir = mkdtempSync(join(tmpdir(), 'onecall-'));
		const file = join(dir, 'tickets.csv');
		copyFileSync(fixture('headline-tickets.csv'), file);
		// A header naming no known field: refused before anything is written.
		writeFileSync(file, 'foo,bar\n1,2\n');
		await expect(importFile(db, file)).rejects.toThrow(/cannot tell whether this is a tickets or a changes export/);
		expect(await rows('SELECT count(*)::INTEGER AS n FROM tickets')).toEqual([{ n: 2 }]);
	});

	it('takes a header-only file as zero rows, not as an error', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'onecall-'));
		const file = join(dir, 'empty-body.csv');
		writeFileSync(file, 'ticket_id,created_at\n');
		const result = await importFile(db, file);
		expect(result).toMatchObject({ status: 'succeeded', rowsRead: 0, rowsLoaded: 0 });
	});
});
