// The dashboards' server functions (src/lib/server/views) on the hand-checked headline
// fixture, January 2026: filter choices, narrowed drill-downs, repeat windows, changes, clients.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { clientPack, clientsView } from '../../src/lib/server/views/clients';
import { changesView } from '../../src/lib/server/views/changes';
import { filterOptions } from '../../src/lib/server/views/common';
import { repeatView } from '../../src/lib/server/views/repeat';
import { ticketsView } from '../../src/lib/server/views/tickets';
import { teamView } from '../../src/lib/server/views/team';
import { fixture, memoryDb, sampleDb } from '../helpers/db';
import { localAccess } from '../../src/lib/server/access/scope';

const jan = 'from=2026-01-01&to=2026-02-01';
const q = (extra = '') => new URLSearchParams(`${jan}${extra ? '&' + extra : ''}`);
let db: Db;

beforeAll(async () => {
	db = await memoryDb();
	await importFile(db, fixture('headline-tickets.csv'));
	await importFile(db, fixture('headline-changes.csv'));
});

describe('views', () => {
	it('lists each filter’s choices from all the data', async () => {
		const o = await filterOptions(db, localAccess, { first_day: '2025-12-28', last_day: '2026-02-01', tickets: 12 });
		expect(o.client).toEqual(['Acme', 'Globex', 'Initech']);
		expect(o.priority).toEqual(['P1', 'P2', 'P3', 'P4']);
		expect(o.team).toEqual(['Network', 'Service Desk', 'Workplace']);
	});

	it('narrows the drill-down to one caller', async () => {
		const all = await ticketsView(db, localAccess, q('metric=volume'));
		expect(all.total).toBe(10);
		const a = await ticketsView(db, localAccess, q('metric=volume&caller=A'));
		expect(a.total).toBe(3);
		expect(a.rows.map((r) => r.item_id)).toEqual(['T2', 'T4', 'T10']);
	});

	it('narrows CSAT responses to one score of one scale', async () => {
		const two = await ticketsView(db, localAccess, q('metric=csat&part=denominator&scale=1-5&score=2'));
		expect(two.rows.map((r) => r.item_id)).toEqual(['T3']);
		const nine = await ticketsView(db, localAccess, q('metric=csat&part=denominator&scale=1-10&score=9'));
		expect(nine.rows.map((r) => r.item_id)).toEqual(['T6']);
		// A score off its scale is no narrowing at all (the chip would promise a list that cannot exist).
		const off = await ticketsView(db, localAccess, q('metric=csat&part=denominator&scale=1-5&score=9'));
		expect(off.score).toBeNull();
	});

	it('counts repeat contacts for another window, in the rate and in the list alike', async () => {
		// T2, T4 (exactly 7 days), T5, T7 repeat within 7 days; T10 only within 30 (22 days).
		const seven = await repeatView(db, localAccess, q());
		expect(seven.window).toBe(7);
		expect(seven.current).toEqual({ rate: 4 / 9, numerator: 4, denominator: 9 });
		expect(seven.trend).toHaveLength(31);
		expect(seven.trend.reduce((n, t) => n + t.numerator, 0)).toBe(4);
		expect(seven.trend.find((t) => t.bucket === '2026-01-09')).toMatchObject({ numerator: 1, denominator: 1, rate: 1 });
		const thirty = await repeatView(db, localAccess, q('window=30'));
		expect(thirty.current.numerator).toBe(5);
		const list = await ticketsView(db, localAccess, q('metric=repeat_contacts&within=30'));
		expect(list.rows.map((r) => r.item_id).sort()).toEqual(['T10', 'T2', 'T4', 'T5', 'T7']);
		expect(thirty.callers.map((c) => [c.caller_id, c.tickets, c.list.length])).toEqual([['A', 3, 3]]);
	});

	it('shows the changes that caused incidents with each incident’s delay', async () => {
		const v = await changesView(db, localAccess, q());
		expect(v.caused.numerator).toBe(1);
		expect(v.top.map((c) => c.change_id)).toEqual(['CHG1']);
		expect(v.top[0].incidents).toMatchObject([{ ticket_id: 'T6', hours_after_end: 2 }]);
		const list = await ticketsView(db, localAccess, q('metric=change_caused&change=CHG1'));
		expect(list.total).toBe(1);
		const none = await ticketsView(db, localAccess, q('metric=change_caused&change=CHG3'));
		expect(none.total).toBe(0);
	});

	it('gives each client its numbers and a meeting pack', async () => {
		const list = await clientsView(db, localAccess, q());
		expect(list.clients.map((c) => [c.client, c.metrics.volume.current.value])).toEqual([
			['Acme', 5],
			['Globex', 4],
			['Initech', 1]
		]);
		const pack = await clientPack(db, localAccess, q(), 'Globex');
		expect(pack.headline.tickets).toBe(4);
		expect(pack.causedTotal).toBe(1);
		expect(pack.caused[0].item_id).toBe('T6');
		expect(pack.lowestRated[0].item_id).toBe('T8');
	});

	it('puts agents and teams side by side', async () => {
		const v = await teamView(db, localAccess, q());
		expect(v.teams.map((t) => t.key)).toEqual(['Service Desk', 'Network', 'Workplace']);
		const ann = v.agents.find((a) => a.key === 'Ann')!;
		expect(ann.metrics.volume?.current.value).toBe(4);
		expect(v.trendMetric).toBe('fcr');
		expect(v.trends.map((t) => t.team)).toEqual(['Service Desk', 'Network', 'Workplace']);
	});
});

describe('the Changes view on the bundled sample', () => {
	it('gives each listed change the incidents linked to it, oldest first, and its window', async () => {
		const sample = await sampleDb();
		const v = await changesView(sample, localAccess, new URLSearchParams('from=2025-11-01&to=2026-11-01'));
		expect(v.top.length).toBe(6);
		const [tickets, changes] = await withConnection(sample, (conn) =>
			Promise.all([
				conn.allSql<{ ticket_id: string; us: number; change_id: string }>(
					'SELECT ticket_id, epoch_us(created_at)::DOUBLE AS us, caused_by_change AS change_id FROM tickets WHERE caused_by_change IS NOT NULL'
				),
				conn.allSql<{ change_id: string; start_us: number; end_us: number }>(
					'SELECT change_id, epoch_us(actual_start)::DOUBLE AS start_us, epoch_us(actual_end)::DOUBLE AS end_us FROM changes'
				)
			])
		);
		for (const c of v.top) {
			const change = changes.find((x) => x.change_id === c.change_id)!;
			const mine = tickets.filter((t) => t.change_id === c.change_id).sort((a, b) => a.us - b.us || a.ticket_id.localeCompare(b.ticket_id));
			expect(mine.length, c.change_id).toBeGreaterThan(0);
			expect(c.incidents.map((i) => [i.ticket_id, Math.round(i.hours_after_end! * 1e6)]), c.change_id).toEqual(
				mine.map((t) => [t.ticket_id, Math.round(((t.us - change.end_us) / 3.6e9) * 1e6)])
			);
			expect(c.hours, c.change_id).toBeCloseTo((change.end_us - change.start_us) / 3.6e9, 9);
		}
		expect(new Set(v.top.map((c) => c.incidents.length)).size).toBeGreaterThan(1);
	});

	it('lists a change’s incidents by time, not by id, each under its own change', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'onecall-change-incidents-'));
		const csv = (name: string, lines: string[]) => (writeFileSync(join(dir, name), lines.join('\n')), join(dir, name));
		const small = await memoryDb();
		await importFile(small, csv('t.csv', [
			'ticket_id,created_at,service,caused_by_change',
			'Z1,2026-03-02T08:00:00Z,Mail,CH-A', 'A2,2026-03-02T10:00:00Z,Mail,CH-A', 'M3,2026-03-02T09:00:00Z,Mail,CH-A',
			'B1,2026-03-03T09:00:00Z,Web,CH-B'
		]));
		await importFile(small, csv('c.csv', [
			'change_id,service,client,planned_start,planned_end,actual_start,actual_end,outcome,summary',
			'CH-A,Mail,,2026-03-02T06:00:00Z,2026-03-02T07:00:00Z,2026-03-02T06:00:00Z,2026-03-02T07:00:00Z,failed,Mail',
			'CH-B,Web,,2026-03-03T06:00:00Z,2026-03-03T08:00:00Z,2026-03-03T06:00:00Z,2026-03-03T08:30:00Z,failed,Web'
		]), { kind: 'changes' });
		const v = await changesView(small, localAccess, new URLSearchParams('from=2026-03-01&to=2026-04-01'));
		expect(v.top.map((c) => [c.change_id, c.incidents.map((i) => [i.ticket_id, i.hours_after_end]), c.hours])).toEqual([
			['CH-A', [['Z1', 1], ['M3', 2], ['A2', 3]], 1],
			['CH-B', [['B1', 0.5]], 2.5]
		]);
	});
});

