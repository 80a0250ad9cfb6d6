// The bad-input corpus (tests/fixtures/bad/): each messy or broken file gets a clear
// outcome, and the tickets loaded before it (two-tickets.csv: A1, A2) stay intact.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { importFile, ImportError, type ImportOptions } from '../../src/lib/server/importer';
import { withConnection, type Db } from '../../src/lib/server/db';
import { fixture, memoryDb } from '../helpers/db';

let db: Db;
beforeEach(async () => {
	db = await memoryDb();
	await importFile(db, fixture('two-tickets.csv'));
});

const rows = (sql: string) => withConnection(db, (conn) => conn.allSql<Record<string, unknown>>(sql));
const bad = (name: string) => fixture(`bad/${name}`);
const run = (name: string, options: ImportOptions = {}) => importFile(db, bad(name), options);

/** A1 and A2 of the earlier import are still there, unchanged. */
async function earlierIntact() {
	expect(await rows("SELECT ticket_id, import_id FROM tickets WHERE ticket_id IN ('A1', 'A2') ORDER BY ticket_id")).toEqual([
		{ ticket_id: 'A1', import_id: 1 },
		{ ticket_id: 'A2', import_id: 1 }
	]);
}

describe('files refused whole, with a reason and nothing stored', () => {
	it.each([
		['empty.csv', /empty\.csv: cannot be imported: the file is empty/],
		// It starts with a ZIP archive's magic bytes but is none: refused as binary, not taken for CSV text.
		['binary-garbage.csv', /binary-garbage\.csv: cannot be imported: this is a binary file, not CSV text: it starts like a ZIP archive/],
		['unknown-columns.csv', /cannot tell whether this is a tickets or a changes export/]
	])('%s', async (name, reason) => {
		await expect(run(name)).rejects.toThrow(reason);
		expect(await rows('SELECT count(*)::INTEGER AS n FROM tickets')).toEqual([{ n: 2 }]);
		await earlierIntact();
	});

	it('a wrong --delimiter: the header is one column, and the message asks about the delimiter', async () => {
		await expect(run('crlf.csv', { delimiter: ';' })).rejects.toThrow(/cannot tell whether.*The header has one column: is ";" the right delimiter\?/);
		await earlierIntact();
	});

	it('a refused file has its line in the history: refused, with the reason, and nothing stored', async () => {
		await expect(run('binary-garbage.csv', { user: 'analyst' })).rejects.toThrow(ImportError);
		await expect(run('unknown-columns.csv', { kind: 'tickets' })).rejects.toThrow(ImportError);
		const history = await rows(
			'SELECT import_id, kind, file_name, status, rows_loaded, user_name, file_bytes > 0 AS sized, message FROM imports ORDER BY import_id'
		);
		expect(history.map(({ message, ...rest }) => rest)).toEqual([
			{ import_id: 1, kind: 'tickets', file_name: 'two-tickets.csv', status: 'succeeded', rows_loaded: '2', user_name: null, sized: true },
			{ import_id: 2, kind: '', file_name: 'binary-garbage.csv', status: 'refused', rows_loaded: '0', user_name: 'analyst', sized: true },
			{ import_id: 3, kind: 'tickets', file_name: 'unknown-columns.csv', status: 'refused', rows_loaded: '0', user_name: null, sized: true }
		]);
		expect(history[1].message).toMatch(/binary-garbage\.csv: cannot be imported: this is a binary file/);
		expect(history[2].message).toMatch(/unknown-columns\.csv line 1: no column for required field/);
		await earlierIntact();
	});
});

describe('messy files that load', () => {
	it('header only: zero rows, succeeded', async () => {
		expect(await run('header-only.csv')).toMatchObject({ status: 'succeeded', rowsRead: 0, rowsLoaded: 0 });
		await earlierIntact();
	});

	it('tab-delimited (the delimiter is detected from the header)', async () => {
		expect(await run('tab-delimited.csv')).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
		expect(await rows("SELECT team FROM tickets WHERE ticket_id = 'B2'")).toEqual([{ team: 'Network' }]);
		await earlierIntact();
	});

	it('semicolons with decimal commas: 4,5 is 4.5', async () => {
		expect(await run('semicolon-decimal-comma.csv')).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
		expect(await rows('SELECT ticket_id, csat_score FROM tickets WHERE ticket_id LIKE \'B%\' ORDER BY 1')).toEqual([
			{ ticket_id: 'B1', csat_score: 4.5 },
			{ ticket_id: 'B2', csat_score: 3 }
		]);
		await earlierIntact();
	});

	it('Latin-1 is detected and decoded', async () => {
		expect(await run('latin1.csv')).toMatchObject({ rowsLoaded: 1 });
		expect(await rows("SELECT subject FROM tickets WHERE ticket_id = 'B1'")).toEqual([{ subject: 'Café machine à réparer' }]);
		await earlierIntact();
	});

	it('a UTF-8 byte-order mark does not end up in the first column name', async () => {
		expect(await run('bom.csv')).toMatchObject({ rowsLoaded: 1, rowsRejected: 0 });
		expect(await rows("SELECT subject FROM tickets WHERE ticket_id = 'B1'")).toEqual([{ subject: 'with BOM' }]);
	});

	it('CRLF line ends leave no carriage returns in values', async () => {
		expect(await run('crlf.csv')).toMatchObject({ rowsLoaded: 2 });
		expect(await rows("SELECT subject FROM tickets WHERE ticket_id LIKE 'B%' ORDER BY 1")).toEqual([{ subject: 'first' }, { subject: 'second' }]);
	});

	it('quoted newlines stay in the value, and later rows keep their true line numbers', async () => {
		const result = await run('quoted-newlines.csv');
		expect(result).toMatchObject({ rowsRead: 2, rowsLoaded: 1, rowsRejected: 1 });
		expect(result.rejections).toEqual([{ line: 5, column: 'created_at', reason: 'not a date/time: not a date' }]);
		expect(await rows("SELECT subject FROM tickets WHERE ticket_id = 'B1'")).toEqual([{ subject: 'line one\nline two\nline three' }]);
		await earlierIntact();
	});

	it('ragged rows are rejected one by one with their lines', async () => {
		const result = await run('ragged.csv');
		expect(result).toMatchObject({ rowsLoaded: 2, rowsRejected: 2 });
		expect(result.rejections.map((r) => r.line)).toEqual([3, 4]);
		await earlierIntact();
	});

	it('lines stay exact past quoted newlines and a dropped ragged row, in the result and the stored report', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'onecall-bad-')), 'mixed.csv');
		writeFileSync(
			file,
			[
				'ticket_id,created_at,subject',
				'M1,2026-01-01T10:00:00Z,"two', 'lines"',
				'M2,2026-01-02T10:00:00Z,ok,EXTRA',
				'M3,not-a-date,x',
				'M4,2026-01-03T10:00:00Z,"a', 'b"',
				'M5,2026-01-04T10:00:00Z,fine',
				'M6,,y',
				''
			].join('\n')
		);
		const result = await importFile(db, file);
		expect(result).toMatchObject({ rowsRead: 6, rowsLoaded: 3, rowsRejected: 3 });
		expect(result.rejections.map((r) => [r.line, r.column])).toEqual([[4, null], [5, 'created_at'], [9, 'created_at']]);
		expect(await rows(`SELECT line, column_name FROM rejected_rows WHERE import_id = ${result.importId} ORDER BY line`)).toEqual([
			{ line: '4', column_name: null },
			{ line: '5', column_name: 'created_at' },
			{ line: '9', column_name: 'created_at' }
		]);
		await earlierIntact();
	});

	it('a file of 100,002 rows without an id: every row counted, the report lists the first 100,000, the result the first 1,000', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'onecall-bad-')), 'no-ids.csv');
		const lines = Array.from({ length: 100_002 }, (_, i) => `,2026-01-13T10:15:00Z,row ${i}`);
		writeFileSync(file, ['ticket_id,created_at,subject', 'OK1,2026-01-13T10:15:00Z,fine', ...lines, ''].join('\n'));
		const result = await importFile(db, file);
		expect(result).toMatchObject({ rowsRead: 100_003, rowsLoaded: 1, rowsRejected: 100_002 });
		expect(result.rejections).toHaveLength(1000);
		expect(result.rejections[0]).toEqual({ line: 3, column: 'ticket_id', reason: 'ticket_id is empty' });
		expect(result.notes).toContain('100,002 rows rejected: the validation report lists the first 100,000 of each kind (unreadable rows, bad values)');
		expect(await rows(`SELECT count(*)::INTEGER AS n, max(line)::INTEGER AS last FROM rejected_rows WHERE import_id = ${result.importId}`)).toEqual([
			{ n: 100_000, last: 100_002 }
		]);
		await earlierIntact();
	});

	it('duplicate ids within a file: the last row wins, stored once, and a note says so', async () => {
		const result = await run('duplicate-ids.csv');
		expect(result).toMatchObject({ rowsRead: 3, rowsLoaded: 2 });
		expect(result.notes).toContain('1 rows repeated a ticket_id seen earlier in the file; the last one of each was kept');
		expect(await rows("SELECT ticket_id, status FROM tickets WHERE ticket_id LIKE 'B%' ORDER BY 1")).toEqual([
			{ ticket_id: 'B1', status: 'Resolved' },
			{ ticket_id: 'B2', status: 'New' }
		]);
	});

	it('dates in two formats: day-first rows are rejected until --date-format names the format', async () => {
		const plain = await run('two-date-formats.csv');
		expect(plain).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
		expect(plain.rejections).toEqual([{ line: 3, column: 'created_at', reason: 'not a date/time: 31/01/2026 10:30' }]);
		const told = await run('two-date-formats.csv', { dateFormats: ['%d/%m/%Y %H:%M'], timezone: 'Europe/Brussels' });
		expect(told).toMatchObject({ rowsLoaded: 3, rowsRejected: 0 });
		// Naive times are in the zone given: 10:30 in Brussels is 09:30 UTC.
		expect(await rows("SELECT ticket_id, strftime(created_at, '%Y-%m-%d %H:%M') AS c FROM tickets WHERE ticket_id LIKE 'B%' ORDER BY 1")).toEqual([
			{ ticket_id: 'B1', c: '2026-01-05 08:00' },
			{ ticket_id: 'B2', c: '2026-01-31 09:30' },
			{ ticket_id: 'B3', c: '2026-01-06 23:00' }
		]);
	});

	it('a 1 MB single field is kept whole', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'onecall-bad-')), 'big-field.csv');
		writeFileSync(file, `ticket_id,created_at,subject\nB1,2026-01-05T09:00:00Z,"${'x'.repeat(1024 * 1024)}"\nB2,2026-01-06T09:00:00Z,small\n`);
		expect(await importFile(db, file)).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
		expect(await rows("SELECT length(subject)::INTEGER AS n FROM tickets WHERE ticket_id = 'B1'")).toEqual([{ n: 1024 * 1024 }]);
		await earlierIntact();
	});

	it('a column named like SQL is only a name: kept with the ticket, nothing dropped', async () => {
		expect(await run('sql-column-name.csv')).toMatchObject({ rowsLoaded: 1 });
		expect(await rows("SELECT extra->>'\"; DROP TABLE tickets; --' AS v FROM tickets WHERE ticket_id = 'B1'")).toEqual([{ v: 'x' }]);
		await earlierIntact();
	});

	it('--null tokens add to the defaults', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'onecall-bad-')), 'dash-nulls.csv');
		writeFileSync(file, 'ticket_id,created_at,team,agent\nB1,2026-01-05T09:00:00Z,-,?\n');
		await importFile(db, file, { nullTokens: ['-'] });
		expect(await rows("SELECT team, agent FROM tickets WHERE ticket_id = 'B1'")).toEqual([{ team: null, agent: null }]);
	});
});
