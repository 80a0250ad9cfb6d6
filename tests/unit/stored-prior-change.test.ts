// The latest change end before each ticket (prior_change_end_at, what "suspected
// change-caused" compares with the window) stays right whichever comes first, tickets or
// changes, through re-imports that move a change or a ticket, undo, and a schema upgrade:
// every state equals the rule written plainly over every change.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, openDb, withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { undoImport } from '../../src/lib/server/import-history';
import { metricReport } from '../../src/lib/server/metric/report';
import { localAccess } from '../../src/lib/server/access/scope';
import { memoryDb } from '../helpers/db';

const dir = mkdtempSync(join(tmpdir(), 'onecall-prior-change-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
function csv(header: string, rows: string[]): string {
	const path = join(dir, `f${files++}.csv`);
	writeFileSync(path, header + '\n' + rows.map((r) => r + '\n').join(''));
	return path;
}
const tickets = (rows: string[]) => csv('ticket_id,created_at,status,client,service', rows);
const changes = (rows: string[]) => csv('change_id,service,client,actual_start,actual_end,outcome', rows);

// T1 Mail/Acme, T2 Mail/Globex, T3 Print/Acme, T4 no service/Initech, T5 Mail/Acme before any change.
const ticketRows = [
	'T1,2026-04-01T12:00:00Z,New,Acme,Mail',
	'T2,2026-04-01T12:30:00Z,New,Globex,Mail',
	'T3,2026-04-02T01:00:00Z,New,Acme,Print',
	'T4,2026-04-04T10:00:00Z,New,Initech,',
	'T5,2026-03-31T08:00:00Z,New,Acme,Mail'
];
// C1 Mail for Acme only, C2 Mail for everyone, C3 Print for everyone, C4 no service, Initech's.
const changeRows = [
	'C1,Mail,Acme,2026-04-01T09:00:00Z,2026-04-01T11:00:00Z,successful',
	'C2,Mail,,2026-04-01T08:00:00Z,2026-04-01T09:00:00Z,successful',
	'C3,Print,,2026-04-01T23:00:00Z,2026-04-02T00:00:00Z,successful',
	'C4,,Initech,2026-04-03T22:00:00Z,2026-04-03T23:00:00Z,successful'
];

type Row = { ticket_id: string; stored: string | null; plain: string | null };
/** Each ticket's stored value beside the rule written plainly: the latest qualifying end not after it opened. */
const compared = (db: Db) =>
	withConnection(db, (c) =>
		c.allSql<Row>(`
			SELECT t.ticket_id, strftime(t.prior_change_end_at, '%Y-%m-%dT%H:%M') AS stored,
			       strftime((SELECT max(c.actual_end) FROM changes c
			                 WHERE c.actual_end <= t.created_at
			                   AND ((c.service = t.service AND (c.client IS NULL OR c.client = t.client))
			                        OR (c.service IS NULL AND c.client = t.client))), '%Y-%m-%dT%H:%M') AS plain
			FROM tickets t ORDER BY t.ticket_id`)
	);
async function expectRight(db: Db, when: string, expected: Record<string, string | null>) {
	const rows = await compared(db);
	for (const r of rows) expect(r.stored, `${when}: ${r.ticket_id} against the plain rule`).toBe(r.plain);
	expect(Object.fromEntries(rows.map((r) => [r.ticket_id, r.stored])), when).toEqual(expected);
}
const april = { from: '2026-03-01', to: '2026-05-01' };
const suspected = async (db: Db) => (await metricReport(db, localAccess, 'change_suspected', april)).numerator;

describe('the latest change end stored with each ticket', () => {
	it('is right after tickets then changes, a change moved by a re-import, a ticket moved, and undo', async () => {
		const db = await memoryDb();
		await importFile(db, tickets(ticketRows));
		await expectRight(db, 'tickets only', { T1: null, T2: null, T3: null, T4: null, T5: null });
		const first = await importFile(db, changes(changeRows));
		// T1 sees C1 (its client's, 11:00) over C2 (09:00); T2 only C2 (C1 is Acme's).
		await expectRight(db, 'changes imported after the tickets', {
			T1: '2026-04-01T11:00', T2: '2026-04-01T09:00', T3: '2026-04-02T00:00', T4: '2026-04-03T23:00', T5: null
		});
		// T1 1 h after C1, T2 3.5 h after C2, T3 1 h after C3; T4 11 h after C4: all within 24 h.
		expect(await suspected(db)).toBe(4);

		// C1 re-exported ending after T1 opened: T1 falls back to C2.
		const moved = await importFile(db, changes(['C1,Mail,Acme,2026-04-01T09:00:00Z,2026-04-01T13:00:00Z,successful']));
		await expectRight(db, 'C1 moved past T1', {
			T1: '2026-04-01T09:00', T2: '2026-04-01T09:00', T3: '2026-04-02T00:00', T4: '2026-04-03T23:00', T5: null
		});
		// T3 re-exported on Mail: the latest Mail change before it for Acme is C1 (13:00).
		const ticketMove = await importFile(db, tickets(['T3,2026-04-02T01:00:00Z,New,Acme,Mail']));
		await expectRight(db, 'T3 moved to Mail', {
			T1: '2026-04-01T09:00', T2: '2026-04-01T09:00', T3: '2026-04-01T13:00', T4: '2026-04-03T23:00', T5: null
		});

		await undoImport(db, ticketMove.importId!);
		await expectRight(db, 'T3 back on Print', {
			T1: '2026-04-01T09:00', T2: '2026-04-01T09:00', T3: '2026-04-02T00:00', T4: '2026-04-03T23:00', T5: null
		});
		await undoImport(db, moved.importId!);
		await expectRight(db, 'C1 back at 11:00', {
			T1: '2026-04-01T11:00', T2: '2026-04-01T09:00', T3: '2026-04-02T00:00', T4: '2026-04-03T23:00', T5: null
		});
		await undoImport(db, first.importId!);
		await expectRight(db, 'every change undone', { T1: null, T2: null, T3: null, T4: null, T5: null });
		expect(await suspected(db)).toBe(0);
	});

	it('is the same when the changes come before the tickets', async () => {
		const db = await memoryDb();
		await importFile(db, changes(changeRows));
		await importFile(db, tickets(ticketRows));
		await expectRight(db, 'tickets imported after the changes', {
			T1: '2026-04-01T11:00', T2: '2026-04-01T09:00', T3: '2026-04-02T00:00', T4: '2026-04-03T23:00', T5: null
		});
		expect(await suspected(db)).toBe(4);
	});

	it('is worked out for tickets stored before version 9 when the file opens', async () => {
		const path = join(dir, 'v8.duckdb');
		const v8 = await openDb(path, { schemaUpTo: 8 });
		await withConnection(v8, (c) =>
			c.runSql(`INSERT INTO imports (import_id, kind, file_name, sha256, columns, status, started_at)
			          VALUES (1, 'tickets', 't.csv', '', ['ticket_id', 'created_at', 'service'], 'succeeded', now()),
			                 (2, 'changes', 'c.csv', '', ['change_id', 'service', 'actual_end'], 'succeeded', now());
			          INSERT INTO tickets (ticket_id, created_at, service, import_id) VALUES ('A1', '2026-04-01T12:00:00Z', 'Mail', 1), ('A2', '2026-04-01T12:00:00Z', 'Print', 1);
			          INSERT INTO changes (change_id, service, actual_end, import_id) VALUES ('C1', 'Mail', '2026-04-01T11:00:00Z', 2)`)
		);
		closeDb(v8);
		const upgraded = await openDb(path);
		await expectRight(upgraded, 'after the upgrade', { A1: '2026-04-01T11:00', A2: null });
		closeDb(upgraded);
	});
});
