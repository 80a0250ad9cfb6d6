// Import history and undo: an overlapping re-import updates in place, undo puts the
// replaced versions back (also when a later import replaced them again), the
// validation report downloads as CSV, and saved mappings are reused by name.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/server/importer';
import { listImports, listMappings, rejectsCsv, saveMapping, storedNotes, undoImport } from '../../src/lib/server/import-history';
import { withConnection, type Db } from '../../src/lib/server/db';
import { fixture, memoryDb } from '../helpers/db';

let db: Db;
let dir: string;
beforeEach(async () => {
	db = await memoryDb();
	dir = mkdtempSync(join(tmpdir(), 'onecall-history-'));
});

const rows = (sql: string) => withConnection(db, (conn) => conn.allSql<Record<string, unknown>>(sql));
function file(name: string, text: string) {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}
const header = 'ticket_id,created_at,caller_id,status\n';

describe('undo', () => {
	it('reverts updated tickets and removes new ones; the history says undone', async () => {
		await importFile(db, file('first.csv', header + 'T1,2026-01-01T09:00:00Z,A,New\nT2,2026-01-02T09:00:00Z,B,New\n'));
		const second = await importFile(db, file('second.csv', header + 'T2,2026-01-02T09:00:00Z,B,Resolved\nT3,2026-01-03T09:00:00Z,A,New\n'));
		expect(await rows('SELECT ticket_id, status FROM tickets ORDER BY 1')).toEqual([
			{ ticket_id: 'T1', status: 'New' }, { ticket_id: 'T2', status: 'Resolved' }, { ticket_id: 'T3', status: 'New' }
		]);
		expect(await undoImport(db, second.importId!)).toContain('import #2 (second.csv) undone');
		expect(await rows('SELECT ticket_id, status, import_id FROM tickets ORDER BY 1')).toEqual([
			{ ticket_id: 'T1', status: 'New', import_id: 1 }, { ticket_id: 'T2', status: 'New', import_id: 1 }
		]);
		const history = await listImports(db);
		expect(history.map((h) => [h.import_id, h.file_name, h.status, h.rows_loaded])).toEqual([
			[2, 'second.csv', 'undone', 2],
			[1, 'first.csv', 'succeeded', 2]
		]);
		expect(history[0].undone_at).toMatch(/^\d{4}-\d\d-\d\dT/);
		expect(await rows('SELECT count(*)::INTEGER AS n FROM ticket_versions')).toEqual([{ n: 0 }]);
		await expect(undoImport(db, second.importId!)).rejects.toThrow('import #2 (second.csv) is already undone');
	});

	it("undoing a middle import keeps the later version current, and undoing the later one then restores the first", async () => {
		for (const [i, status] of ['v1', 'v2', 'v3'].entries()) {
			await importFile(db, file(`t${i}.csv`, header + `T1,2026-01-01T09:00:00Z,A,${status}\n`));
		}
		await undoImport(db, 2);
		expect(await rows('SELECT status FROM tickets')).toEqual([{ status: 'v3' }]);
		await undoImport(db, 3);
		expect(await rows('SELECT status, import_id FROM tickets')).toEqual([{ status: 'v1', import_id: 1 }]);
		await undoImport(db, 1);
		expect(await rows('SELECT count(*)::INTEGER AS n FROM tickets')).toEqual([{ n: 0 }]);
	});

	it("recomputes callers' previous-contact times", async () => {
		await importFile(db, file('late.csv', header + 'N1,2026-01-10T09:00:00Z,A,New\n'));
		const early = await importFile(db, file('early.csv', header + 'O1,2026-01-05T09:00:00Z,A,New\n'));
		expect(await rows("SELECT strftime(prev_caller_ticket_at, '%Y-%m-%d') AS p FROM tickets WHERE ticket_id = 'N1'")).toEqual([{ p: '2026-01-05' }]);
		await undoImport(db, early.importId!);
		expect(await rows("SELECT prev_caller_ticket_at AS p FROM tickets WHERE ticket_id = 'N1'")).toEqual([{ p: null }]);
	});

	it('undoes a changes import, and the same file can then be imported again', async () => {
		const first = await importFile(db, fixture('headline-changes.csv'));
		await undoImport(db, first.importId!);
		expect(await rows('SELECT count(*)::INTEGER AS n FROM changes')).toEqual([{ n: 0 }]);
		expect((await importFile(db, fixture('headline-changes.csv'))).status).toBe('succeeded');
	});

	it('refuses to undo an unknown import, or one that stored nothing', async () => {
		await expect(undoImport(db, 42)).rejects.toThrow('there is no import #42');
		await importFile(db, fixture('two-tickets.csv'));
		expect((await importFile(db, fixture('two-tickets.csv'))).status).toBe('skipped');
		await expect(undoImport(db, 2)).rejects.toThrow('import #2 (two-tickets.csv) skipped: it stored nothing to undo');
	});
});

describe('validation report and notes', () => {
	it('downloads the rejected rows as CSV with line, column and reason', async () => {
		const result = await importFile(db, fixture('servicenow-like-bad-rows.csv'));
		const csv = await rejectsCsv(db, result.importId!);
		expect(csv.split('\r\n')).toEqual([
			'line,column,reason,raw_line',
			'4,created_at,not a date/time: yesterday,',
			'5,reassignment_count,not a whole number: two,',
			'7,ticket_id,ticket_id is empty,',
			''
		]);
	});

	it('notes what the stored data cannot support', async () => {
		await importFile(db, fixture('two-tickets.csv'));
		const { tickets, notes } = await storedNotes(db);
		expect(tickets).toBe(2);
		expect(notes).toContain('no CSAT column: satisfaction unavailable');
		expect(notes).toContain('no caller column: repeat contacts and repeat callers unavailable');
	});
});

describe('saved mappings', () => {
	it('are stored by name and reused with format: NAME', async () => {
		await saveMapping(db, { name: 'legacy desk', kind: 'tickets', columns: { ticket_id: 'Ref', created_at: 'When', caller_id: 'Who' }, dateFormats: ['%d.%m.%Y'] });
		expect((await listMappings(db)).map((m) => m.name)).toEqual(['legacy desk']);
		const result = await importFile(db, fixture('bad/unknown-columns.csv'), { format: 'legacy desk' });
		expect(result).toMatchObject({ format: 'legacy desk', rowsLoaded: 1 });
		expect(await rows('SELECT ticket_id, caller_id FROM tickets')).toEqual([{ ticket_id: '1', caller_id: 'me' }]);
		await expect(saveMapping(db, { name: 'zendesk', kind: 'tickets', columns: {} })).rejects.toThrow('built-in format');
	});
});
