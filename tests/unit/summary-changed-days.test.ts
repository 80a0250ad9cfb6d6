// The stored summaries after a tickets import that recounts only the days it changed: every row of
// metric_days, driver_days, team_days, resolution_values, resolution_days, csat_days,
// team_resolution_months, category_days, impact_client_counts and impact_counts equals a whole
// rebuild's, through appends, older files and restatements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { undoImport } from '../../src/lib/server/import-history';
import { refreshMetricDays } from '../../src/lib/server/metric-days';
import { memoryDb } from '../helpers/db';

const header =
	'ticket_id,created_at,resolved_at,closed_at,status,caller_id,client,team,agent,channel,priority,category,reopen_count,reassignment_count,first_contact_resolved,sla_due_at,csat_score,csat_scale';

interface Ticket {
	id: string;
	at: string; // created, ISO
	resolvedAfterHours?: number | null; // null: still open
	caller: string;
	client?: string;
	team?: string;
	category?: string;
	priority?: string;
	csat?: number;
	dueAfterHours?: number;
}

const iso = (t: Date) => t.toISOString().replace('.000Z', 'Z');
const plusHours = (at: string, h: number) => iso(new Date(Date.parse(at) + h * 3600e3));

function csvOf(tickets: Ticket[]): string {
	const rows = tickets.map((t) => {
		const resolved = t.resolvedAfterHours == null ? '' : plusHours(t.at, t.resolvedAfterHours);
		const due = t.dueAfterHours === undefined ? '' : plusHours(t.at, t.dueAfterHours);
		return [
			t.id, t.at, resolved, '', resolved ? 'Resolved' : 'Open', t.caller, t.client ?? 'Acme', t.team ?? 'Desk', 'Ann', 'phone',
			t.priority ?? 'P3', t.category ?? 'Email', '0', resolved ? '1' : '', resolved ? 'true' : '', due, t.csat ?? '', t.csat ? '1-5' : ''
		].join(',');
	});
	return [header, ...rows].join('\n') + '\n';
}

/** One ticket a day from `start` for `days` days, callers and teams taking turns, some left open. */
function daily(prefix: string, start: string, days: number): Ticket[] {
	return Array.from({ length: days }, (_, i) => ({
		id: `${prefix}${String(i).padStart(3, '0')}`,
		at: iso(new Date(Date.parse(start) + i * 86400e3 + 9 * 3600e3)),
		resolvedAfterHours: i % 9 === 4 ? null : 2 + (i % 5) * 7,
		caller: `C${i % 6}`,
		client: i % 4 === 0 ? 'Beta' : 'Acme',
		team: i % 3 === 0 ? 'Field' : 'Desk',
		category: i % 2 ? 'Email' : 'Network',
		priority: `P${1 + (i % 4)}`,
		csat: i % 3 === 1 ? 1 + (i % 5) : undefined,
		dueAfterHours: i % 7 === 2 ? 30 : undefined
	}));
}

/** Each summary's date column as text, so rows compare as plain values. */
const stamped = (table: string): string =>
	table === 'team_resolution_months'
		? "strftime(month, '%Y-%m-%d') AS month"
		: table === 'resolution_values'
			? "strftime(occurred_at, '%Y-%m-%d %H:%M:%S.%f%z') AS occurred_at"
			: table.startsWith('impact_')
				? "strftime(actual_end, '%Y-%m-%d %H:%M:%S%z') AS actual_end"
				: "strftime(day, '%Y-%m-%d') AS day";

/** All ten summaries, row by row in a fixed order (the score sums to 9 decimals: added in another order). */
async function summaries(db: Db) {
	return withConnection(db, async (conn) => {
		const of = (table: string, key: string) =>
			conn.allSql(
				`SELECT * REPLACE (${stamped(table)}${table === 'metric_days' ? ', round(csat_score_sum, 9) AS csat_score_sum, round(csat_value_sum, 9) AS csat_value_sum' : ''})
				 FROM ${table} ORDER BY ${key}`
			);
		return {
			metric: await of('metric_days', 'day, client, team'),
			drivers: await of('driver_days', 'day, dimension, key'),
			team: await of('team_days', 'day, team, agent'),
			resolutionValues: await of('resolution_values', 'ALL'),
			resolution: await of('resolution_days', 'day, bin'),
			csat: await of('csat_days', 'ALL'),
			teamResolution: await of('team_resolution_months', 'month, team, agent, bin'),
			categories: await of('category_days', 'ALL'),
			impact: await of('impact_counts', 'change_id'),
			impactByClient: await of('impact_client_counts', 'change_id, client')
		};
	});
}

/** The summaries as the import left them, then as a whole rebuild counts them: equal, and not empty. */
async function expectSameAsWholeRebuild(db: Db) {
	const kept = await summaries(db);
	expect(kept.metric.length).toBeGreaterThan(0);
	expect(kept.resolution.length).toBeGreaterThan(0);
	expect(kept.resolutionValues.length).toBeGreaterThan(0);
	expect(kept.csat.length).toBeGreaterThan(0);
	expect(kept.teamResolution.length).toBeGreaterThan(0);
	expect(kept.categories.length).toBeGreaterThan(0);
	expect(kept.impact.some((r) => (r.n0 as number) > 0)).toBe(true);
	await withConnection(db, (conn) => conn.transaction(() => refreshMetricDays(conn, { force: true })));
	expect(kept).toEqual(await summaries(db));
}

describe('stored summaries rebuilt for the changed days only', () => {
	let db: Db;
	let dir: string;
	const file = (name: string, tickets: Ticket[]) => {
		const path = join(dir, name);
		writeFileSync(path, csvOf(tickets));
		return path;
	};
	beforeAll(async () => {
		db = await memoryDb();
		dir = mkdtempSync(join(tmpdir(), 'onecall-changed-days-'));
	});
	afterAll(() => {
		closeDb(db);
		rmSync(dir, { recursive: true, force: true });
	});

	it('equal a whole rebuild after an append, an older file and a restatement', async () => {
		// Changes naming a client, whose windows (the 24 h after, the same hours of 8 weeks
		// before) hold the clients' tickets: each file below moves some of their counts.
		const changes = join(dir, 'changes.csv');
		writeFileSync(changes, [
			'change_id,service,client,planned_start,planned_end,actual_start,actual_end,outcome,summary',
			...[['CH1', 'Acme', '2026-02-10T08:30:00Z'], ['CH2', 'Beta', '2026-02-27T20:00:00Z'], ['CH3', 'Acme', '2026-03-03T06:00:00Z'], ['CH4', 'Acme', '2026-01-02T07:00:00Z']].map(
				([id, client, end]) => `${id},,${client},${end},${end},${end},${end},successful,${id}`
			)
		].join('\n'));
		expect((await importFile(db, changes, { kind: 'changes' })).status).toBe('succeeded');

		// 60 days from January: counted whole (nothing stored before).
		const first = await importFile(db, file('a.csv', daily('A', '2026-01-01T00:00:00Z', 60)));
		expect(first.summaryRefresh).toEqual({ rebuilt: 'all' });
		await expectSameAsWholeRebuild(db);

		// An append: 5 more days of the same callers. The newest ticket moves, so every open
		// ticket's SLA is measured against a later instant: their days change too.
		const append = await importFile(db, file('b.csv', daily('B', '2026-03-02T00:00:00Z', 5)));
		expect(append.status).toBe('succeeded');
		expect(append.summaryRefresh).toMatchObject({ rebuilt: 'days' });
		const openDays = daily('A', '2026-01-01T00:00:00Z', 60).filter((t) => t.resolvedAfterHours === null).length;
		expect(append.summaryRefresh).toEqual({ rebuilt: 'days', days: 5 + openDays });
		await expectSameAsWholeRebuild(db);

		// An older file: callers' earlier tickets, so later tickets' previous contacts (repeat
		// contacts) move on days the file itself does not hold.
		const older = await importFile(db, file('c.csv', [
			{ id: 'O1', at: '2025-12-31T08:00:00Z', resolvedAfterHours: 3, caller: 'C0', category: 'Network' },
			{ id: 'O2', at: '2025-12-31T12:00:00Z', resolvedAfterHours: 3, caller: 'C1', category: 'Email' },
			{ id: 'O3', at: '2025-12-30T12:00:00Z', resolvedAfterHours: null, caller: 'C9', priority: 'P1' }
		]));
		expect(older.summaryRefresh).toMatchObject({ rebuilt: 'days' });
		const olderDays = older.summaryRefresh?.rebuilt === 'days' ? older.summaryRefresh.days : 0;
		expect(olderDays).toBeGreaterThan(2);
		await expectSameAsWholeRebuild(db);

		// A restatement: tickets moved to another day, caller, client and team, one resolved now.
		const restated = await importFile(db, file('d.csv', [
			{ id: 'A003', at: '2026-01-20T15:00:00Z', resolvedAfterHours: 5, caller: 'C5', client: 'Beta', team: 'Field', csat: 2 },
			{ id: 'A013', at: '2026-01-14T09:00:00Z', resolvedAfterHours: 1, caller: 'C1', category: 'Network' },
			{ id: 'B002', at: '2026-03-04T09:00:00Z', resolvedAfterHours: 40, caller: 'C2', priority: 'P1', dueAfterHours: 4 }
		]));
		expect(restated.summaryRefresh).toMatchObject({ rebuilt: 'days' });
		await expectSameAsWholeRebuild(db);

		// Undoing the restatement brings the earlier versions back, and undoing the older file
		// moves the previous contacts back. Each recounts only its days: a day neither touches
		// (February 25th, of the first file) is marked by hand first and keeps the mark, then the
		// mark goes and the rest equals a whole rebuild.
		const untouched = "day = DATE '2026-02-25'";
		for (const undone of [restated, older]) {
			await withConnection(db, (conn) => conn.runSql(`UPDATE metric_days SET volume_items = volume_items + 1000 WHERE ${untouched}`));
			await undoImport(db, undone.importId!);
			const [{ items }] = await withConnection(db, (conn) => conn.allSql<{ items: number }>(`SELECT sum(volume_items)::INTEGER AS items FROM metric_days WHERE ${untouched}`));
			expect(items, `undo of ${undone.file}: the untouched day kept`).toBeGreaterThan(1000);
			await withConnection(db, (conn) => conn.runSql(`UPDATE metric_days SET volume_items = volume_items - 1000 WHERE ${untouched}`));
			await expectSameAsWholeRebuild(db);
		}
	});

	it('are rebuilt whole when they were out of date before the import', async () => {
		// A setting written behind the summaries' back: they no longer match, so the import
		// cannot start from them.
		await withConnection(db, (conn) => conn.runSql("INSERT INTO settings VALUES ('unrelated_note', '\"x\"')"));
		const later = await importFile(db, file('e.csv', daily('E', '2026-03-10T00:00:00Z', 2)));
		expect(later.summaryRefresh).toEqual({ rebuilt: 'all' });
		await expectSameAsWholeRebuild(db);
	});
});
