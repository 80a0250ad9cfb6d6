// The bad-input corpus, bytes and outcomes (issue 10): encodings decided over the whole
// file, packed exports, NUL bytes, huge or clashing headers, bounded messages, true statuses.
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/onecall';
import { importFile, type ImportOptions } from '../../src/lib/server/importer';
import { withConnection, type Db } from '../../src/lib/server/db';
import { bounded, engineReason } from '../../src/lib/server/import-outcome';
import { asciiRows, tempFile, utf16, xlsxOf, zipOf } from '../helpers/bad-files';
import { fixture, memoryDb } from '../helpers/db';

let db: Db;
beforeEach(async () => {
	db = await memoryDb();
	await importFile(db, fixture('two-tickets.csv'));
});

const rows = (sql: string) => withConnection(db, (conn) => conn.allSql<Record<string, unknown>>(sql));
const subject = async (id: string) => (await rows(`SELECT subject FROM tickets WHERE ticket_id = '${id}'`))[0]?.subject;
const ticketCount = async () => (await rows('SELECT count(*)::INTEGER AS n FROM tickets'))[0].n;
const lastImport = async () => (await rows('SELECT status, message FROM imports ORDER BY import_id DESC LIMIT 1'))[0];
const header = 'ticket_id,created_at,subject';
const earlierStillThere = async () => expect(await rows("SELECT ticket_id FROM tickets WHERE ticket_id IN ('A1', 'A2') ORDER BY 1")).toEqual([{ ticket_id: 'A1' }, { ticket_id: 'A2' }]);
const csv = (...lines: string[]) => [header, ...lines, ''].join('\n');
const load = (name: string, bytes: string | Buffer, options: ImportOptions = {}) => importFile(db, tempFile(name, bytes), options);

describe('encodings, decided over the whole file', () => {
	it('Windows-1252 bytes past the first 256 KiB: every row loads, the en dash is one, lines stay the file\'s', async () => {
		const start = Buffer.from([header, ...asciiRows(8000), ''].join('\r\n'));
		expect(start.length).toBeGreaterThan(256 * 1024);
		const end = Buffer.from('W1,2026-02-01T10:00:00Z,Caf\xe9 \x96 r\xe9par\xe9\r\nW2,not a date,x\r\n', 'latin1');
		const result = await load('cp1252-late.csv', Buffer.concat([start, end]));
		expect(result).toMatchObject({ rowsRead: 8002, rowsLoaded: 8001, rowsRejected: 1 });
		expect(result.rejections.map((r) => [r.line, r.column])).toEqual([[8003, 'created_at']]);
		expect(await subject('W1')).toBe('Café – réparé');
		expect(result.notes).toContain('read as Windows-1252 (the file is not UTF-8; Windows and Excel write this encoding)');
	});

	it('UTF-8 with one stray Windows-1252 byte: the UTF-8 stays UTF-8, the byte is its character, no row lost', async () => {
		const bytes = Buffer.concat([Buffer.from(csv('M1,2026-01-05T09:00:00Z,Café déjà', 'M2,2026-01-05T09:00:00Z,Preis 5 ').slice(0, -1)), Buffer.from([0x80]), Buffer.from(' – teuer\n')]);
		const result = await load('mixed.csv', bytes);
		expect(result).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
		expect([await subject('M1'), await subject('M2')]).toEqual(['Café déjà', 'Preis 5 € – teuer']);
		expect(result.notes.some((n) => n.startsWith('1 bytes were not valid UTF-8 and were read as Windows-1252'))).toBe(true);
	});

	it.each([
		['le', true], ['be', true], ['le', false], ['be', false]
	] as const)('UTF-16 %s (byte-order mark: %s) loads instead of being taken for binary', async (endian, bom) => {
		const result = await load('utf16.csv', utf16(csv('U1,2026-01-05T09:00:00Z,Ñandú “quoted”', 'U2,2026-01-06T09:00:00Z,plain'), endian, bom));
		expect(result).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
		expect(await subject('U1')).toBe('Ñandú “quoted”');
	});

	it('--encoding overrides detection: latin-1 and windows-1252 read 0x96 as an en dash (as browsers do), utf-8 as asked, utf-16le', async () => {
		const bytes = Buffer.from(csv('E1,2026-01-05T09:00:00Z,a \x96 b \xe9'), 'latin1');
		await load('latin1.csv', bytes, { encoding: 'latin-1' });
		expect(await subject('E1')).toBe('a – b é');
		await load('cp1252.csv', bytes, { encoding: 'windows-1252' });
		expect(await subject('E1')).toBe('a – b é');
		// UTF-8 named for bytes that are not: the analyst's word stands, the row is rejected rather than misread.
		expect(await load('utf8.csv', Buffer.from(csv('E3,2026-01-05T09:00:00Z,a \x96 b'), 'latin1'), { encoding: 'utf-8' })).toMatchObject({ rowsLoaded: 0, rowsRejected: 1 });
		await load('utf16.csv', utf16(csv('E2,2026-01-05T09:00:00Z,Ωmega'), 'le', false), { encoding: 'utf-16le' });
		expect(await subject('E2')).toBe('Ωmega');
	});
});

describe('packed exports, recognised by their bytes', () => {
	const text = csv('P1,2026-01-05T09:00:00Z,packed one', 'P2,2026-01-06T09:00:00Z,packed two');

	it.each(['export.csv.gz', 'export.csv'])('gzip named %s', async (name) => {
		const result = await load(name, gzipSync(text));
		expect(result).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
		expect(await subject('P2')).toBe('packed two');
	});

	it('a ZIP holding one CSV (beside a folder and a macOS fork)', async () => {
		const result = await load('export.zip', zipOf({ 'out/': '', '__MACOSX/out/._tickets.csv': 'junk', 'out/tickets.csv': text }));
		expect(result).toMatchObject({ rowsLoaded: 2, rowsRejected: 0 });
		expect(result.notes).toContain('unpacked out/tickets.csv from the ZIP archive');
	});

	it('a ZIP with two CSVs, or none, is refused naming what it holds; nothing stored', async () => {
		await expect(load('two.zip', zipOf({ 'a.csv': text, 'b.csv': text }))).rejects.toThrow(/two\.zip: cannot be imported: the ZIP archive holds 2 CSV files \(a\.csv, b\.csv\); import them one by one/);
		await expect(load('none.zip', zipOf({ 'readme.md': 'hi' }))).rejects.toThrow(/none\.zip: cannot be imported: the ZIP archive holds no CSV file \(it holds: readme\.md\)/);
		expect(await ticketCount()).toBe(2);
		expect(await lastImport()).toMatchObject({ status: 'refused' });
	});

	it('an XLSX workbook: its first sheet, Excel dates as ISO wall-clock times', async () => {
		const file = await xlsxOf([
			['ticket_id', 'created_at', 'subject', 'csat_score'],
			['X1', new Date(Date.UTC(2026, 0, 5, 9, 30)), 'from Excel, with "quotes", and commas', 4],
			['X2', '2026-01-06T10:00:00Z', { richText: [{ text: 'rich ' }, { text: 'text' }] }, null],
			[],
			['X3', 'not a date', 'a bad row below an empty one', 3]
		]);
		const result = await importFile(db, file);
		expect(result).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
		// The rejection names the sheet's row (5), the empty row 4 counted.
		expect(result.rejections.map((r) => [r.line, r.column])).toEqual([[5, 'created_at']]);
		expect(result.notes).toContain('read the first sheet of the workbook ("Incidents")');
		expect(await rows("SELECT ticket_id, strftime(created_at, '%Y-%m-%d %H:%M') AS c, subject, csat_score FROM tickets WHERE ticket_id LIKE 'X%' ORDER BY 1")).toEqual([
			{ ticket_id: 'X1', c: '2026-01-05 09:30', subject: 'from Excel, with "quotes", and commas', csat_score: 4 },
			{ ticket_id: 'X2', c: '2026-01-06 10:00', subject: 'rich text', csat_score: null }
		]);
	});
});

describe('NUL bytes and headers', () => {
	it('a NUL byte past the first 256 KiB: refused naming its line and column, nothing stored', async () => {
		const bytes = Buffer.from([header, ...asciiRows(8000), 'N1,2026-02-01T10:00:00Z,bad\0byte', ''].join('\n'));
		await expect(load('nul-late.csv', bytes)).rejects.toThrow(/nul-late\.csv: line 8002, column subject: a NUL byte \(binary data, not text\)/);
		expect(await ticketCount()).toBe(2);
		expect(await lastImport()).toMatchObject({ status: 'failed' });
	});

	it('a NUL byte at the start: refused as binary, with its line', async () => {
		await expect(load('nul-early.csv', csv('B1,2026-01-05T09:00:00Z,x\0y'))).rejects.toThrow(/cannot be imported: this is a binary file, not CSV text \(a NUL byte on line 2/);
	});

	it('a 200,000-column header is refused whole, not cut', async () => {
		const wide = Array.from({ length: 200_000 }, (_, i) => `c${i}`);
		await expect(load('wide.csv', `ticket_id,created_at,${wide.join(',')}\n`)).rejects.toThrow(/line 1 names 200,002 columns; onecall reads at most 5,000/);
		expect(await lastImport()).toMatchObject({ status: 'refused' });
	});

	it('10,000 empty header names in a 20 KB file: a clear refusal, not Out of Memory', async () => {
		const file = `ticket_id,created_at${','.repeat(10_000)}\nB1,2026-01-05T09:00:00Z${','.repeat(10_000)}\n`;
		expect(file.length).toBeLessThan(21_000);
		await expect(load('empty-names.csv', file, { memoryLimit: '128MB', threads: 1 })).rejects.toThrow(/line 1 names 10,002 columns; onecall reads at most 5,000/);
	});

	it('2,000 columns under the upload memory cap: a failure in the product\'s words, naming the width, not DuckDB\'s', async () => {
		const names = Array.from({ length: 2000 }, (_, i) => `field ${i}`);
		const file = `ticket_id,created_at,${names.join(',')}\nB1,2026-01-05T09:00:00Z,${names.map(() => 'x').join(',')}\n`;
		const err = (await load('wide-upload.csv', file, { memoryLimit: '128MB', threads: 1 }).catch((e: Error) => e)) as Error;
		expect(err.message).toMatch(/^wide-upload\.csv: the import ran out of the memory it may use .* \(the file has 2,002 columns\) \(import failed; nothing of it was stored\)$/);
		expect(err.message).not.toMatch(/Out of Memory Error/);
		await earlierStillThere();
	});

		it('header names that differ only in case are suffixed, and the import works', async () => {
		expect(await load('case.csv', 'ticket_id,created_at,Status,status,STATUS\nB1,2026-01-05T09:00:00Z,Open,lower,upper\n')).toMatchObject({ rowsLoaded: 1 });
		expect(await rows("SELECT status, extra->>'status_2' AS s2, extra->>'STATUS_3' AS s3 FROM tickets WHERE ticket_id = 'B1'")).toEqual([{ status: 'Open', s2: 'lower', s3: 'upper' }]);
	});
});

describe('messages bounded, statuses true', () => {
	it('a 50 MB single line is refused with a short message', async () => {
		await expect(load('one-line.csv', 'x'.repeat(50 << 20))).rejects.toThrow(/line 1 runs past 8 MiB without ending/);
		expect(String((await lastImport()).message).length).toBeLessThan(300);
	});

	it('a refusal quoting a 4 MB header is cut at 2,000 characters with "…", in the result and the history', async () => {
		const names = Array.from({ length: 4000 }, (_, i) => `unknown column ${i} ${'y'.repeat(1000)}`);
		const err = await load('long-header.csv', `${names.join(',')}\n`).catch((e: Error) => e);
		expect((err as Error).message).toMatch(/^long-header\.csv line 1: cannot tell whether this is a tickets or a changes export/);
		expect((err as Error).message).toHaveLength(2000);
		expect((err as Error).message.endsWith('…')).toBe(true);
		expect(await lastImport()).toMatchObject({ status: 'refused', message: (err as Error).message });
	});

	it('every row rejected is a failed import: failed in the history, nothing stored, and the CLI exits 1', async () => {
		const bad = csv('B1,not a date,x', 'B2,also not,y');
		const result = await load('all-bad.csv', bad);
		expect(result).toMatchObject({ status: 'failed', rowsRead: 2, rowsLoaded: 0, rowsRejected: 2 });
		expect(result.message).toMatch(/^all-bad\.csv: all 2 rows were rejected, so nothing was loaded .* The first: line 2, column created_at: /);
		expect(await lastImport()).toMatchObject({ status: 'failed' });
		expect(await ticketCount()).toBe(2);
		const err: string[] = [];
		const code = await runCli(['import', tempFile('all-bad.csv', bad), '--db', join(mkdtempSync(join(tmpdir(), 'onecall-cli-')), 'x.db')], { out: () => {}, err: (l) => err.push(l) });
		expect(code).toBe(1);
		expect(err.join('\n')).toMatch(/all 2 rows were rejected/);
	});

	it('"identical" only against the newest stored state: A, A is skipped; A, B, A re-applies A', async () => {
		const a = tempFile('a.csv', csv('S1,2026-01-05T09:00:00Z,from A'));
		const b = tempFile('b.csv', csv('S1,2026-01-05T09:00:00Z,from B'));
		expect((await importFile(db, a)).status).toBe('succeeded');
		expect((await importFile(db, a)).status).toBe('skipped');
		expect((await importFile(db, b)).status).toBe('succeeded');
		expect(await subject('S1')).toBe('from B');
		expect(await importFile(db, a)).toMatchObject({ status: 'succeeded', rowsLoaded: 1 });
		expect(await subject('S1')).toBe('from A');
	});
});

describe('temporary files and engine errors', () => {
	it('the unpacked and transcoded copies are removed after the import, loaded or refused', async () => {
		const privateTmp = mkdtempSync(join(tmpdir(), 'onecall-tmpdir-'));
		const before = process.env.TMPDIR;
		process.env.TMPDIR = privateTmp;
		try {
			const cp1252 = Buffer.from(csv('G1,2026-01-05T09:00:00Z,caf\xe9'), 'latin1');
			expect(await load('cp1252.csv.gz', gzipSync(cp1252))).toMatchObject({ rowsLoaded: 1 });
			expect(await subject('G1')).toBe('café');
			await expect(load('two.zip', zipOf({ 'a.csv': 'x', 'b.csv': 'y' }))).rejects.toThrow(/holds 2 CSV files/);
			// Only the test's own input folders are left; none of the importer's.
			expect(readdirSync(privateTmp).filter((n) => n.startsWith('onecall-input-'))).toEqual([]);
		} finally {
			process.env.TMPDIR = before;
		}
	});

	it('DuckDB\'s words become the product\'s: a full disk is not "Out of Memory", other errors lose their class prefix', () => {
		// DuckDB's message when it cannot spill to disk (duckdb/duckdb#14142).
		const offload = "Out of Memory Error: failed to offload data block of size 34.7 MiB (187.3 GiB/187.3 GiB used).\nThis limit was set by the 'max_temp_directory_size' setting.";
		expect(engineReason(new Error(offload))).toMatch(/^the disk is full/);
		expect(engineReason(new Error('IO Error: Could not write file "/tmp/x.tmp": No space left on device'))).toMatch(/^the disk is full/);
		expect(engineReason(new Error('Out of Memory Error: could not allocate block of size 30.5 MiB (1.5 MiB/19.0 MiB used)'))).toMatch(/^the import ran out of the memory/);
		expect(engineReason(new Error('Binder Error: something odd\nLINE 1: ...'))).toBe('something odd');
		expect(bounded('x'.repeat(5000))).toHaveLength(2000);
		expect(bounded('short')).toBe('short');
	});
});
