// Values stored with each ticket at import (the caller's previous ticket, of any category and
// of the same category) stay right through overlapping re-imports, older exports loaded after
// newer ones and undo: each state equals a fresh import of that state, and the plain definition.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { undoImport } from '../../src/lib/server/import-history';
import { memoryDb } from '../helpers/db';

const dir = mkdtempSync(join(tmpdir(), 'onecall-stored-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const header = 'ticket_id,created_at,caller_id,category,status\n';
let files = 0;
function csv(rows: string[]): string {
	const path = join(dir, `f${files++}.csv`);
	writeFileSync(path, header + rows.map((r) => r + '\n').join(''));
	return path;
}

interface Stored { ticket_id: string; prev_any: string | null; prev_same: string | null }
const stored = (db: Db) =>
	withConnection(db, (c) =>
		c.allSql<Stored>(`SELECT ticket_id, strftime(prev_caller_ticket_at, '%Y-%m-%dT%H:%M') AS prev_any,
		                         strftime(prev_same_issue_at, '%Y-%m-%dT%H:%M') AS prev_same FROM tickets ORDER BY ticket_id`)
	);
// The definitions written plainly: the caller's previous ticket by (created_at, ticket_id).
const plain = (db: Db) =>
	withConnection(db, (c) =>
		c.allSql<Stored>(`SELECT ticket_id,
		    strftime(CASE WHEN caller_id IS NOT NULL THEN lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) END, '%Y-%m-%dT%H:%M') AS prev_any,
		    strftime(CASE WHEN caller_id IS NOT NULL AND category IS NOT NULL THEN lag(created_at) OVER (PARTITION BY caller_id, category ORDER BY created_at, ticket_id) END, '%Y-%m-%dT%H:%M') AS prev_same
		  FROM tickets ORDER BY ticket_id`)
	);

/** A fresh database holding only what `db` holds now, imported from one file. */
async function freshCopy(db: Db): Promise<Db> {
	const rows = await withConnection(db, (c) =>
		c.allSql<{ line: string }>(`SELECT concat_ws(',', ticket_id, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ'), coalesce(caller_id, ''),
		                                   coalesce(category, ''), status) AS line FROM tickets ORDER BY ticket_id`)
	);
	const fresh = await memoryDb();
	if (rows.length) await importFile(fresh, csv(rows.map((r) => r.line)));
	return fresh;
}

async function expectRight(db: Db, when: string) {
	const now = await stored(db);
	expect(now, `${when}: the plain definition`).toEqual(await plain(db));
	expect(now, `${when}: a fresh import of this state`).toEqual(await stored(await freshCopy(db)));
}

describe('stored previous contacts', () => {
	it('stay right through overlap, older files and undo', async () => {
		const db = await memoryDb();
		const a = await importFile(db, csv([
			'T1,2026-01-10T09:00:00Z,A,Email,New', 'T2,2026-01-12T09:00:00Z,A,Email,New', 'T3,2026-01-13T09:00:00Z,A,VPN,New',
			'T4,2026-01-14T09:00:00Z,B,Email,New', 'T5,2026-01-15T09:00:00Z,,Email,New', 'T6,2026-01-16T09:00:00Z,B,,New'
		]));
		expect(a.rowsLoaded).toBe(6);
		await expectRight(db, 'first file');
		// An older export loaded later: tickets before T1, and T2 re-imported in another category.
		const b = await importFile(db, csv([
			'O1,2026-01-05T09:00:00Z,A,Email,New', 'O2,2026-01-11T09:00:00Z,A,VPN,New',
			'T2,2026-01-12T09:00:00Z,A,VPN,Resolved', 'O3,2026-01-13T12:00:00Z,B,Email,New'
		]));
		expect(b.rowsLoaded).toBe(4);
		await expectRight(db, 'older overlapping file');
		// A re-import moving T4 to caller A and a new same-instant ticket (ties broken by id).
		const c = await importFile(db, csv(['T4,2026-01-14T09:00:00Z,A,Email,Resolved', 'T0,2026-01-14T09:00:00Z,A,Email,New']));
		await expectRight(db, 'caller moved');
		await undoImport(db, c.importId!);
		await expectRight(db, 'third undone');
		await undoImport(db, b.importId!);
		await expectRight(db, 'second undone');
		expect((await stored(db)).find((r) => r.ticket_id === 'T2')).toEqual({ ticket_id: 'T2', prev_any: '2026-01-10T09:00', prev_same: '2026-01-10T09:00' });
	});
});
