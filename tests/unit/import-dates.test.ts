// Date columns read the way their values say (import-dates.ts): D/M against M/D decided over
// the whole column, then by the file's other columns, else a stated default; never a lenient cast.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { importFile, type ImportOptions } from '../../src/lib/server/importer';
import { chooseReadings, type DateProfile } from '../../src/lib/server/import-dates';
import { fixture, memoryDb, sharedData } from '../helpers/db';

let db: Db;
beforeEach(async () => {
	db = await memoryDb();
});

const load = (name: string, options: ImportOptions = {}) => importFile(db, fixture(`dates/${name}`), options);
const stored = (sql: string) => withConnection(db, (c) => c.allSql<Record<string, unknown>>(sql));
const created = () => stored("SELECT ticket_id, strftime(created_at, '%Y-%m-%d %H:%M') AS at FROM tickets ORDER BY ticket_id");

describe('day/month order', () => {
	it('M/D/YY: a day above 12 anywhere in the column decides; ambiguous values read the same way', async () => {
		const result = await load('mdy-decided.csv');
		expect(result).toMatchObject({ rowsLoaded: 4, rowsRejected: 0 });
		expect(await created()).toEqual([
			{ ticket_id: 'M1', at: '2020-01-02 09:05' },
			{ ticket_id: 'M2', at: '2020-12-09 14:00' },
			{ ticket_id: 'M3', at: '2020-01-13 01:18' },
			{ ticket_id: 'M4', at: '2020-02-01 13:18' }
		]);
		expect(result.notes).toContain('dates read as M/D/YY (month first): created_at (1 with a day above 12)');
	});

	it('D/M/YYYY: a first part above 12 decides', async () => {
		const result = await load('dmy-decided.csv');
		expect(result).toMatchObject({ rowsLoaded: 3, rowsRejected: 0 });
		expect(await created()).toEqual([
			{ ticket_id: 'D1', at: '2020-01-02 09:05' },
			{ ticket_id: 'D2', at: '2020-09-12 14:00' },
			{ ticket_id: 'D3', at: '2020-01-13 01:18' }
		]);
	});

	it('a column no value decides follows the file\'s other date column, and a note says so', async () => {
		const result = await load('other-column-decides.csv');
		expect(result.rowsRejected).toBe(0);
		expect(await stored("SELECT ticket_id, strftime(created_at, '%Y-%m-%d') AS c, strftime(resolved_at, '%Y-%m-%d') AS r FROM tickets ORDER BY 1")).toEqual([
			{ ticket_id: 'O1', c: '2020-01-02', r: '2020-01-20' },
			{ ticket_id: 'O2', c: '2020-03-04', r: '2020-03-04' }
		]);
		expect(result.notes.find((n) => n.startsWith('created_at: no date decides'))).toContain("M/D/YY (month first), as the file's other date columns");
	});

	it('with no deciding value anywhere: day first by default, said in a note; --date-format overrides', async () => {
		const plain = await load('ambiguous.csv');
		expect(plain.rowsRejected).toBe(0);
		expect(await created()).toEqual([
			{ ticket_id: 'A1', at: '2020-02-01 09:05' },
			{ ticket_id: 'A2', at: '2020-04-03 08:00' },
			{ ticket_id: 'A3', at: '2020-11-12 23:59' }
		]);
		expect(plain.notes).toContain(
			'created_at: no date decides day/month against month/day (every part is 12 or less); read as D/M/YYYY (day first), the default. Give --date-format (or set it in the mapping screen) if that is wrong'
		);
		const told = await load('ambiguous.csv', { dateFormats: ['%m/%d/%Y %H:%M'] });
		expect(told.rowsRejected).toBe(0);
		expect(told.notes.some((n) => n.includes('no date decides'))).toBe(false);
		expect(await created()).toEqual([
			{ ticket_id: 'A1', at: '2020-01-02 09:05' },
			{ ticket_id: 'A2', at: '2020-03-04 08:00' },
			{ ticket_id: 'A3', at: '2020-12-11 23:59' }
		]);
	});

	it('values that fit neither reading, or give an implausible year, are rejected with line, column and reason', async () => {
		const result = await load('implausible-years.csv');
		expect(result).toMatchObject({ rowsLoaded: 1, rowsRejected: 3 });
		const latest = new Date().getUTCFullYear() + 1;
		expect(result.rejections).toEqual([
			{ line: 3, column: 'created_at', reason: `year 1900 is outside 1970-${latest}: 01/01/1900 10:00` },
			{ line: 4, column: 'created_at', reason: `year 2099 is outside 1970-${latest}: 31/12/2099 10:00` },
			{ line: 5, column: 'created_at', reason: "not a date/time in the column's format, D/M/YYYY (day first): 30/02/2020 10:00" }
		]);
	});
});

describe('other ways of writing a date', () => {
	it('month words in English, Spanish, Portuguese, French and German, short and long, with AM/PM (Jira\'s 12/Oct/23 too)', async () => {
		const result = await load('month-names.csv');
		expect(result).toMatchObject({ rowsLoaded: 9, rowsRejected: 0 });
		expect(await created()).toEqual([
			{ ticket_id: 'N1', at: '2023-10-12 00:00' },
			{ ticket_id: 'N2', at: '2023-10-12 00:00' },
			{ ticket_id: 'N3', at: '2023-10-12 10:15' },
			{ ticket_id: 'N4', at: '2023-10-12 14:30' },
			{ ticket_id: 'N5', at: '2023-10-12 00:00' },
			{ ticket_id: 'N6', at: '2021-03-03 09:00' },
			{ ticket_id: 'N7', at: '2024-02-01 00:00' },
			{ ticket_id: 'N8', at: '2023-10-12 14:30' },
			{ ticket_id: 'N9', at: '2023-10-12 10:15' }
		]);
	});

	it('Excel serial day numbers', async () => {
		expect((await load('excel-serial.csv')).rowsRejected).toBe(0);
		expect(await created()).toEqual([
			{ ticket_id: 'S1', at: '2023-07-16 12:00' },
			{ ticket_id: 'S2', at: '2023-07-17 00:00' },
			{ ticket_id: 'S3', at: '2020-01-01 06:00' }
		]);
	});

	it('ISO 8601 with offset, T and fractions; a stray "1/1/20 1:18" is rejected, never stored as year 1 AD', async () => {
		const result = await load('iso-with-stray.csv');
		expect(result).toMatchObject({ rowsLoaded: 4, rowsRejected: 1 });
		expect(result.rejections).toEqual([{ line: 6, column: 'created_at', reason: 'not a date/time: 1/1/20 1:18' }]);
		expect(result.notes).toContain('created_at: 1 value is not written like the rest of the column (ISO 8601): rejected');
		expect(await created()).toEqual([
			{ ticket_id: 'I1', at: '2023-07-16 12:00' },
			{ ticket_id: 'I2', at: '2023-07-16 12:00' },
			{ ticket_id: 'I3', at: '2023-07-16 12:00' },
			{ ticket_id: 'I4', at: '2023-07-16 00:00' }
		]);
	});

	it('past the profiled rows of an ISO file, a misread year is still caught', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'onecall-dates-')), 'late-stray.csv');
		const lines = Array.from({ length: 100_001 }, (_, i) => `T${i},2024-03-01T10:00:00Z`);
		writeFileSync(file, ['ticket_id,created_at', ...lines, 'LATE,12/9/20', ''].join('\n'));
		const result = await importFile(db, file);
		expect(result).toMatchObject({ rowsLoaded: 100_001, rowsRejected: 1 });
		expect(result.rejections[0]).toMatchObject({ line: 100_003, column: 'created_at' });
		expect(result.rejections[0].reason).toMatch(/^year 12 is outside 1970-\d{4}: 12\/9\/20$/);
	});

	it('changes that end before they start are rejected with the reason', async () => {
		const result = await importFile(db, fixture('dates/ends-before-start.csv'), { kind: 'changes' });
		expect(result).toMatchObject({ rowsLoaded: 2, rowsRejected: 1 });
		expect(result.rejections).toEqual([
			{ line: 3, column: 'actual_end', reason: 'ends before it starts: 2026-01-02T09:00:00Z is before 2026-01-02T10:00:00Z' }
		]);
	});
});

describe('chooseReadings', () => {
	const profile = (field: string, p: Partial<DateProfile>): DateProfile => ({
		field, n: 0, iso: 0, ymd: 0, numeric: 0, first_over_12: 0, second_over_12: 0, numeric_short_years: 0, separators: ['/'],
		named: 0, named_short_years: 0, ymd_separators: [], serial: 0, unreadable_example: null, ...p
	});

	it("a recognised format's usual order settles a column no value decides", () => {
		const r = chooseReadings([profile('created_at', { n: 5, numeric: 5 })], [], ['%m/%d/%Y %H:%M'], (f) => f);
		expect(r.byField.created_at).toMatchObject({ ambiguous: true, label: 'M/D/YYYY (month first)' });
		expect(r.notes[0]).toContain("the recognised format's usual order");
	});

	it('formats given in both orders: the column\'s values choose one, never a value-by-value mix', () => {
		const given = ['%Y-%m-%d %H:%M', '%d/%m/%Y %H:%M', '%m/%d/%Y %H:%M'];
		const monthFirst = chooseReadings([profile('created_at', { n: 3, numeric: 3, second_over_12: 1 })], given, [], (f) => f);
		expect(monthFirst.byField.created_at.formats).toEqual(['%Y-%m-%d %H:%M', '%m/%d/%Y %H:%M']);
		const undecided = chooseReadings([profile('created_at', { n: 3, numeric: 3 })], given, [], (f) => f);
		expect(undecided.byField.created_at.formats).toEqual(['%Y-%m-%d %H:%M', '%d/%m/%Y %H:%M']);
	});

	it("a year-first format in a preset's list is no day/month hint", () => {
		const r = chooseReadings([profile('created_at', { n: 2, numeric: 2 })], [], ['%Y-%m-%d %H:%M:%S', '%m/%d/%Y %H:%M'], (f) => f);
		expect(r.byField.created_at.label).toBe('M/D/YYYY (month first)');
	});

	it('a column mixing both orders takes the larger and says how many it rejects', () => {
		const r = chooseReadings([profile('created_at', { n: 10, numeric: 10, first_over_12: 7, second_over_12: 2 })], [], [], (f) => f);
		expect(r.byField.created_at.label).toBe('D/M/YYYY (day first)');
		expect(r.notes).toContain('created_at: 7 dates read only day first and 2 only month first; read as D/M/YYYY (day first), the other 2 rejected');
	});
});

const changeHistory = sharedData('real/snow-change-history/HistoricalChanges11-18-20.csv');
describe.skipIf(!existsSync(changeHistory))('real: ServiceNow change history (M/D/YY H:MM, Windows-1252)', () => {
	it('Work end read month first: 1,968 values with a day of 12 or less read correctly, none misread', async () => {
		const result = await importFile(db, changeHistory);
		expect(result).toMatchObject({ kind: 'changes', rowsRead: 5167, rowsLoaded: 5167, rowsRejected: 0 });
		expect(result.notes.find((n) => n.startsWith('dates read as M/D/YY (month first)'))).toContain('Work end');
		// Counted independently (Python csv, cp1252, %m/%d/%y %H:%M): 5,150 values from 1/1/20 1:18
		// to 11/8/20 23:12. SOURCE.txt says 1/1/20..10/31/20, but 74 rows (Month "Nov") end in November.
		expect(await stored(`SELECT strftime(min(actual_end), '%Y-%m-%d %H:%M') AS first, strftime(max(actual_end), '%Y-%m-%d %H:%M') AS last,
		                            count(actual_end)::INTEGER AS n, count(*) FILTER (WHERE day(actual_end) <= 12)::INTEGER AS low_days FROM changes`)).toEqual([
			{ first: '2020-01-01 01:18', last: '2020-11-08 23:12', n: 5150, low_days: 1968 }
		]);
	});
});

const freshdesk = sharedData('real/freshdesk-thingtrax/tickets-February-04-2025.csv');
describe.skipIf(!existsSync(freshdesk))('real: Freshdesk (DD/MM/YYYY H:MM)', () => {
	it('21 tickets created 2025-01-08..2025-01-29', async () => {
		expect((await importFile(db, freshdesk)).rowsRejected).toBe(0);
		expect(await stored("SELECT strftime(min(created_at), '%Y-%m-%d') AS first, strftime(max(created_at), '%Y-%m-%d %H:%M') AS last, count(*)::INTEGER AS n FROM tickets")).toEqual([
			{ first: '2025-01-08', last: '2025-01-29 14:38', n: 21 }
		]);
	});
});
