// Values stored with each ticket at import (the caller's previous ticket, of any category and
// of the same category; the settings-independent outcomes) stay right through overlapping
// re-imports, older exports loaded after newer ones and undo: each state equals a fresh import
// of that state, and the plain definition.
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

// With the caller run for the default threshold of 3: the caller's ticket 2 before, and 3 before.
interface Stored { ticket_id: string; prev_any: string | null; prev_same: string | null; run_start: string | null; run_before: string | null }
const stored = (db: Db) =>
	withConnection(db, (c) =>
		c.allSql<Stored>(`SELECT ticket_id, strftime(prev_caller_ticket_at, '%Y-%m-%dT%H:%M') AS prev_any,
		                         strftime(prev_same_issue_at, '%Y-%m-%dT%H:%M') AS prev_same,
		                         strftime(caller_run_start_at, '%Y-%m-%dT%H:%M') AS run_start,
		                         strftime(caller_run_before_at, '%Y-%m-%dT%H:%M') AS run_before FROM tickets ORDER BY ticket_id`)
	);
// The definitions written plainly: the caller's previous tickets by (created_at, ticket_id).
const plain = (db: Db) =>
	withConnection(db, (c) =>
		c.allSql<Stored>(`SELECT ticket_id,
		    strftime(CASE WHEN caller_id IS NOT NULL THEN lag(created_at) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) END, '%Y-%m-%dT%H:%M') AS prev_any,
		    strftime(CASE WHEN caller_id IS NOT NULL AND category IS NOT NULL THEN lag(created_at) OVER (PARTITION BY caller_id, category ORDER BY created_at, ticket_id) END, '%Y-%m-%dT%H:%M') AS prev_same,
		    strftime(CASE WHEN caller_id IS NOT NULL THEN lag(created_at, 2) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) END, '%Y-%m-%dT%H:%M') AS run_start,
		    strftime(CASE WHEN caller_id IS NOT NULL THEN lag(created_at, 3) OVER (PARTITION BY caller_id ORDER BY created_at, ticket_id) END, '%Y-%m-%dT%H:%M') AS run_before
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
	it('never look back at a row of the file that a later row of the same id replaced', async () => {
		const db = await memoryDb();
		// R1's first row (09:00) is replaced by its last (12:00): R2 at 11:00 has no earlier ticket.
		const r = await importFile(db, csv(['R1,2026-02-01T09:00:00Z,A,Email,New', 'R2,2026-02-01T11:00:00Z,A,Email,New', 'R1,2026-02-01T12:00:00Z,A,Email,Resolved']));
		expect([r.rowsRead, r.rowsLoaded]).toEqual([3, 2]);
		expect(await stored(db)).toEqual([
			{ ticket_id: 'R1', prev_any: '2026-02-01T11:00', prev_same: '2026-02-01T11:00', run_start: null, run_before: null },
			{ ticket_id: 'R2', prev_any: null, prev_same: null, run_start: null, run_before: null }
		]);
		await expectRight(db, 'a repeated id');
	});

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
		expect((await stored(db)).find((r) => r.ticket_id === 'T2')).toEqual({ ticket_id: 'T2', prev_any: '2026-01-10T09:00', prev_same: '2026-01-10T09:00', run_start: null, run_before: null });
		// T3 is caller A's third ticket (T1, T2, T3): its run starts at T1 and nothing is before it.
		expect((await stored(db)).find((r) => r.ticket_id === 'T3')).toMatchObject({ run_start: '2026-01-10T09:00', run_before: null });
	});
});

// The outcomes written plainly from the ticket's own columns (product.md's definitions).
interface Outcomes { ticket_id: string; is_resolved: boolean; resolution_hours: number | null; first_response_hours: number | null; csat_normalised: number | null }
const outcomeHeader = 'ticket_id,created_at,first_response_at,resolved_at,closed_at,status,csat_score,csat_scale\n';
function outcomeCsv(rows: string[]): string {
	const path = join(dir, `o${files++}.csv`);
	writeFileSync(path, outcomeHeader + rows.map((r) => r + '\n').join(''));
	return path;
}
const storedOutcomes = (db: Db) =>
	withConnection(db, (c) => c.allSql<Outcomes>('SELECT ticket_id, is_resolved, resolution_hours, first_response_hours, csat_normalised FROM tickets ORDER BY ticket_id'));
const plainOutcomes = (db: Db) =>
	withConnection(db, (c) =>
		c.allSql<Outcomes>(`SELECT ticket_id,
		    resolved_at IS NOT NULL OR (closed_at IS NOT NULL AND lower(status) NOT IN ('cancelled', 'canceled', 'rejected', 'duplicate')) OR coalesce(status_resolved, false) AS is_resolved,
		    date_diff('second', created_at, resolved_at) / 3600 AS resolution_hours,
		    date_diff('second', created_at, first_response_at) / 3600 AS first_response_hours,
		    CASE csat_scale WHEN '1-5' THEN (csat_score - 1) / 4 WHEN '0-10' THEN csat_score / 10 END AS csat_normalised
		  FROM tickets ORDER BY ticket_id`)
	);
async function freshOutcomes(db: Db): Promise<Outcomes[]> {
	const rows = await withConnection(db, (c) =>
		c.allSql<{ line: string }>(`SELECT concat_ws(',', ticket_id, strftime(created_at, '%Y-%m-%dT%H:%M:%SZ'),
		     coalesce(strftime(first_response_at, '%Y-%m-%dT%H:%M:%SZ'), ''), coalesce(strftime(resolved_at, '%Y-%m-%dT%H:%M:%SZ'), ''),
		     coalesce(strftime(closed_at, '%Y-%m-%dT%H:%M:%SZ'), ''), status, coalesce(CAST(csat_score AS VARCHAR), ''), coalesce(csat_scale, '')) AS line
		   FROM tickets ORDER BY ticket_id`)
	);
	const fresh = await memoryDb();
	if (rows.length) await importFile(fresh, outcomeCsv(rows.map((r) => r.line)));
	return storedOutcomes(fresh);
}
async function expectOutcomesRight(db: Db, when: string) {
	const now = await storedOutcomes(db);
	expect(now, `${when}: the plain definition`).toEqual(await plainOutcomes(db));
	expect(now, `${when}: a fresh import of this state`).toEqual(await freshOutcomes(db));
}

describe('stored outcomes', () => {
	it('stay right through re-import, overlap and undo', async () => {
		const db = await memoryDb();
		const a = await importFile(db, outcomeCsv([
			'R1,2026-02-01T09:00:00Z,2026-02-01T09:30:00Z,2026-02-01T12:00:00Z,,Resolved,4,1-5',
			'R2,2026-02-02T09:00:00Z,,,2026-02-03T09:00:00Z,Cancelled,,',
			'R3,2026-02-03T09:00:00Z,2026-02-03T10:00:00Z,,,Open,8,0-10'
		]));
		expect(a.rowsLoaded).toBe(3);
		await expectOutcomesRight(db, 'first file');
		expect((await storedOutcomes(db))[0]).toEqual({ ticket_id: 'R1', is_resolved: true, resolution_hours: 3, first_response_hours: 0.5, csat_normalised: 0.75 });
		// R3 resolved and re-scored in a later export, R4 new.
		const b = await importFile(db, outcomeCsv([
			'R3,2026-02-03T09:00:00Z,2026-02-03T10:00:00Z,2026-02-05T09:00:00Z,2026-02-05T09:00:00Z,Closed,10,0-10',
			'R4,2026-02-04T09:00:00Z,,,,New,,'
		]));
		expect(b.rowsLoaded).toBe(2);
		await expectOutcomesRight(db, 'overlapping file');
		expect((await storedOutcomes(db)).find((r) => r.ticket_id === 'R3')).toEqual({ ticket_id: 'R3', is_resolved: true, resolution_hours: 48, first_response_hours: 1, csat_normalised: 1 });
		await undoImport(db, b.importId!);
		await expectOutcomesRight(db, 'overlap undone');
		expect((await storedOutcomes(db)).find((r) => r.ticket_id === 'R3')).toEqual({ ticket_id: 'R3', is_resolved: false, resolution_hours: null, first_response_hours: 1, csat_normalised: 0.8 });
	});
});
