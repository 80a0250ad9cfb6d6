// Change impact on tests/fixtures/insights-impact-*.csv: a Mail ticket every Monday noon and
// a VPN ticket every Tuesday noon; CHG-A (Mail, Mon 2 Mar 10:00) is followed by 5 extra
// tickets, CHG-B (VPN, Tue 3 Mar 10:00) by the usual one.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { localAccess } from '../../src/lib/server/access/scope';
import { BASELINE_WEEKS, IMPACT_HOURS, LISTED_CHANGES, LISTED_TICKETS, MIN_WEEKS, changeImpact, poissonUpperTail } from '../../src/lib/server/insights/change-impact';
import { sampleBursts } from '../../src/lib/sample/generator';
import { fixture, memoryDb, sampleDb } from '../helpers/db';

let db: Db;
beforeAll(async () => {
	db = await memoryDb();
	await importFile(db, fixture('insights-impact-tickets.csv'));
	await importFile(db, fixture('insights-impact-changes.csv'), { kind: 'changes' });
});

const march = { from: '2026-03-01', to: '2026-04-01' };

describe('change impact', () => {
	it('finds the burst after CHG-A against its own weeks, and nothing after CHG-B', async () => {
		const impact = await withConnection(db, (conn) => changeImpact(conn, localAccess, march));
		expect(impact.map((c) => c.change_id)).toEqual(['CHG-A', 'CHG-B']);
		const [a, b] = impact;
		// Window Mon 10:00 to Tue 10:00: the regular noon ticket and the five extra. The 8th
		// week back starts at 5 Jan 10:00, before the first ticket (noon): 7 baseline weeks of
		// one ticket each, so expected (7 + 0.5) / 7.
		expect(a.observed).toBe(6);
		expect(a.baseline_weeks).toBe(7);
		expect(a.expected).toBeCloseTo(7.5 / 7, 12);
		expect(a.excess).toBeCloseTo(6 - 7.5 / 7, 12);
		expect(a.linked).toBe(1);
		expect(a.probable).toBe(true);
		// The noon ticket 2 h after the end, then the five extra at 1.5, 3.5, 4.5, 6.5, 10.5 h.
		expect(a.tickets?.map((t) => t.hours_after_end)).toEqual([1.5, 2, 3.5, 4.5, 6.5, 10.5]);
		// Tuesday VPN: one ticket in the window, one in each of 8 weeks (6 Jan 10:00 is after the first ticket).
		expect(b.observed).toBe(1);
		expect(b.baseline_weeks).toBe(8);
		expect(b.expected).toBeCloseTo(8.5 / 8, 12);
		expect(b.probable).toBe(false);
		expect(b.linked).toBe(0);
		// Only a probable change's tickets are listed; its count stands.
		expect(b.tickets).toBe(null);
	});

	it('computes the Poisson upper tail', () => {
		expect(poissonUpperTail(0, 2)).toBe(1);
		expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
		expect(poissonUpperTail(3, 1)).toBeCloseTo(1 - Math.exp(-1) * (1 + 1 + 0.5), 12);
		// Past lambda ~745, e^-lambda is 0 in doubles: the terms come from their logarithms. For
		// Poisson(800), P(X >= 800) is just over a half (0.5047), P(X >= 900) about 0.0003.
		expect(poissonUpperTail(800, 800)).toBeCloseTo(0.5047, 3);
		const far = poissonUpperTail(900, 800);
		expect(far).toBeGreaterThan(0.0001);
		expect(far).toBeLessThan(0.0004);
	});

	it('sees only the tickets of the clients the access allows', async () => {
		const other = { ...localAccess, clients: ['Globex'] };
		const impact = await withConnection(db, (conn) => changeImpact(conn, other, march));
		expect(impact.every((c) => c.observed === 0)).toBe(true);
	});
});

describe('change impact’s window edges and keys', () => {
	it('counts a ticket at the change’s end and not one 24 h later, on the service, the service at a client, or the client', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'onecall-impact-'));
		const ticketsCsv = join(dir, 'tickets.csv');
		const changesCsv = join(dir, 'changes.csv');
		writeFileSync(ticketsCsv, [
			'ticket_id,created_at,client,service',
			'E0,2026-01-05T00:00:00Z,Acme,Mail', // the first ticket: eight weeks of baseline
			'E1,2026-03-09T10:00:00Z,Acme,Mail', // at the end: counted
			'E2,2026-03-10T09:59:00Z,Acme,Mail', // a minute before 24 h: counted
			'E3,2026-03-10T10:00:00Z,Acme,Mail', // at 24 h: not counted
			'E4,2026-03-09T12:00:00Z,Acme,VPN', // Acme's, not Mail
			'E5,2026-03-09T12:00:00Z,Globex,Mail', // Mail's, not Acme's
			'E6,2026-03-09T09:59:00Z,Acme,Mail' // a minute before the end: not counted
		].join('\n'));
		writeFileSync(changesCsv, [
			'change_id,service,client,planned_start,planned_end,actual_start,actual_end,outcome,summary',
			'C-MAIL,Mail,,2026-03-09T08:00:00Z,2026-03-09T10:00:00Z,2026-03-09T08:00:00Z,2026-03-09T10:00:00Z,successful,Mail',
			'C-MAIL-ACME,Mail,Acme,2026-03-09T08:00:00Z,2026-03-09T10:00:00Z,2026-03-09T08:00:00Z,2026-03-09T10:00:00Z,successful,Mail at Acme',
			'C-ACME,,Acme,2026-03-09T08:00:00Z,2026-03-09T10:00:00Z,2026-03-09T08:00:00Z,2026-03-09T10:00:00Z,successful,Acme'
		].join('\n'));
		const edges = await memoryDb();
		await importFile(edges, ticketsCsv);
		await importFile(edges, changesCsv, { kind: 'changes' });
		const impact = await withConnection(edges, (conn) => changeImpact(conn, localAccess, march));
		const observed = Object.fromEntries(impact.map((c) => [c.change_id, [c.observed, c.baseline_weeks, c.tickets]]));
		expect(observed).toEqual({ 'C-MAIL': [3, 8, null], 'C-MAIL-ACME': [2, 8, null], 'C-ACME': [3, 8, null] });
	});
});

describe('change impact’s stored counts after an older file', () => {
	it('count a window that began before the first ticket once an older file moves the first ticket', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'onecall-impact-early-'));
		const csv = (name: string, lines: string[]) => (writeFileSync(join(dir, name), lines.join('\n')), join(dir, name));
		const db = await memoryDb();
		// The change ends 22 March 08:00: its third week back starts 1 March 08:00, an hour before
		// the first ticket, so it is left out, and kept in the stored counts all the same.
		await importFile(db, csv('t.csv', ['ticket_id,created_at,service', 'M1,2026-03-01T09:00:00Z,Mail', 'M2,2026-03-22T09:00:00Z,Mail']));
		await importFile(db, csv('c.csv', [
			'change_id,service,client,planned_start,planned_end,actual_start,actual_end,outcome,summary',
			'C1,Mail,,2026-03-22T07:00:00Z,2026-03-22T08:00:00Z,2026-03-22T07:00:00Z,2026-03-22T08:00:00Z,successful,Mail'
		]), { kind: 'changes' });
		// An older ticket, more than 8 weeks before the change: its day does not recount the change,
		// but every week back now lies after the first ticket, the third holding M1.
		await importFile(db, csv('o.csv', ['ticket_id,created_at,service', 'M0,2026-01-01T09:00:00Z,Mail']));
		const period = { from: '2026-03-01', to: '2026-04-01' };
		const [stored, counted] = await withConnection(db, (conn) =>
			Promise.all([changeImpact(conn, localAccess, period), changeImpact(conn, localAccess, period, { storedCounts: false })])
		);
		expect(stored.map((c) => [c.change_id, c.observed, c.baseline_weeks, c.expected])).toEqual([['C1', 1, 8, 1.5 / 8]]);
		expect(stored).toEqual(counted);
	});
});

describe('change impact’s baseline weeks near the first ticket', () => {
	it('keeps week k only where the change’s end minus k weeks is not before the first ticket, stored as counted', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'onecall-impact-weeks-'));
		const csv = (name: string, lines: string[]) => (writeFileSync(join(dir, name), lines.join('\n')), join(dir, name));
		const db = await memoryDb();
		// A ticket on Mail every day at 10:00 from Monday 5 January: every window holds one.
		const days = Array.from({ length: 80 }, (_, i) => new Date(Date.UTC(2026, 0, 5 + i, 10)).toISOString());
		await importFile(db, csv('t.csv', ['ticket_id,created_at,service', ...days.map((at, i) => `M${i},${at},Mail`)]));
		// Ends after the first ticket by 4, 5, 6 and 7 weeks and an hour; by exactly 5 weeks (its
		// fifth week back starts at the first ticket: kept); by 5 weeks less a minute (not kept).
		const ends: [string, string][] = [
			['C4', '2026-02-02T11:00:00Z'], ['C5', '2026-02-09T10:00:00Z'], ['C5m', '2026-02-09T09:59:00Z'],
			['C6', '2026-02-16T11:00:00Z'], ['C7', '2026-02-23T11:00:00Z']
		];
		await importFile(db, csv('c.csv', [
			'change_id,service,client,planned_start,planned_end,actual_start,actual_end,outcome,summary',
			...ends.map(([id, end]) => `${id},Mail,,${end},${end},${end},${end},successful,Mail`)
		]), { kind: 'changes' });
		const period = { from: '2026-02-01', to: '2026-03-01' };
		const [stored, counted] = await withConnection(db, (conn) =>
			Promise.all([changeImpact(conn, localAccess, period), changeImpact(conn, localAccess, period, { storedCounts: false })])
		);
		const byId = (rows: typeof stored) => rows.map((c) => [c.change_id, c.observed, c.baseline_weeks, c.expected]).sort();
		expect(byId(stored)).toEqual([
			['C4', 1, 4, 4.5 / 4], ['C5', 1, 5, 5.5 / 5], ['C5m', 1, 4, 4.5 / 4], ['C6', 1, 6, 6.5 / 6], ['C7', 1, 7, 7.5 / 7]
		]);
		expect(stored).toEqual(counted);
	});
});

describe('change impact on the bundled sample, counted again here from its tickets and changes', () => {
	it('gives each change’s window and baseline counts, and lists the probable ones’ tickets of most excess', async () => {
		const sample = await sampleDb();
		const period = { from: '2025-11-01', to: '2026-11-01' };
		const [impact, tickets, changes] = await withConnection(sample, (conn) =>
			Promise.all([
				changeImpact(conn, localAccess, period),
				conn.allSql<{ id: string; service: string | null; client: string | null; us: number }>(
					'SELECT ticket_id AS id, service, client, epoch_us(created_at)::DOUBLE AS us FROM tickets'
				),
				conn.allSql<{ id: string; service: string | null; client: string | null; end_us: number }>(
					`SELECT change_id AS id, any_value(service) AS service, any_value(client) AS client, epoch_us(max(actual_end))::DOUBLE AS end_us
					 FROM changes GROUP BY change_id
					 HAVING max(actual_end) >= DATE '2025-11-01' AND max(actual_end) < DATE '2026-11-01' AND (any_value(service) IS NOT NULL OR any_value(client) IS NOT NULL)`
				)
			])
		);
		const hour = 3_600_000_000;
		const week = 7 * 24 * hour;
		const first = Math.min(...tickets.map((t) => t.us));
		// A change's tickets: its service's (a change naming a client: that client's only), else its client's.
		const on = (c: (typeof changes)[number]) =>
			tickets.filter((t) => (c.service === null || t.service === c.service) && (c.client === null || t.client === c.client));
		const expected = new Map(
			changes.map((c) => {
				const mine = on(c);
				const inWindow = (start: number) => mine.filter((t) => t.us >= start && t.us < start + IMPACT_HOURS * hour);
				const weeks = [...Array(BASELINE_WEEKS).keys()].map((i) => c.end_us - (i + 1) * week).filter((start) => start >= first);
				const after = inWindow(c.end_us).sort((a, b) => a.us - b.us || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
				return [c.id, { end_us: c.end_us, observed: after.length, baseline_weeks: weeks.length, baseline_total: weeks.reduce((n, s) => n + inWindow(s).length, 0), after }];
			})
		);
		const kept = [...expected].filter(([, e]) => e.baseline_weeks >= MIN_WEEKS);
		expect(impact.length).toBe(kept.length);
		expect(impact.filter((c) => c.probable).length).toBeGreaterThan(LISTED_CHANGES);
		for (const c of impact) {
			const e = expected.get(c.change_id)!;
			expect([c.observed, c.baseline_weeks, c.expected], c.change_id).toEqual([e.observed, e.baseline_weeks, (e.baseline_total + 0.5) / e.baseline_weeks]);
		}
		// Ranked by excess: the first LISTED_CHANGES probable ones have their tickets, oldest first.
		const probable = impact.filter((c) => c.probable);
		for (const [i, c] of probable.entries()) {
			const e = expected.get(c.change_id)!;
			if (i >= LISTED_CHANGES) expect(c.tickets, c.change_id).toBe(null);
			else expect(c.tickets?.map((t) => [t.ticket_id, t.hours_after_end]), c.change_id).toEqual(
				e.after.slice(0, LISTED_TICKETS).map((t) => [t.id, (t.us - e.end_us) / hour])
			);
		}
		expect(impact.filter((c) => !c.probable).every((c) => c.tickets === null)).toBe(true);
	}, 60_000);
});

describe('change impact from the stored counts', () => {
	it('equals change impact counted now: all clients, one client, some clients; a year and 90 days', async () => {
		const sample = await sampleDb();
		await withConnection(sample, async (conn) => {
			const [{ stored }] = await conn.allSql<{ stored: number }>('SELECT count(*)::INTEGER AS stored FROM impact_client_counts');
			expect(stored).toBeGreaterThan(1000);
			const clients = (await conn.allSql<{ client: string }>('SELECT client FROM tickets GROUP BY client ORDER BY count(*) DESC LIMIT 3')).map((r) => r.client);
			const scopes = [
				{ access: localAccess, filters: {} },
				{ access: localAccess, filters: { client: clients[0] } },
				{ access: { ...localAccess, clients: clients.slice(1) }, filters: {} }
			];
			for (const period of [{ from: '2025-11-01', to: '2026-11-01' }, { from: '2026-08-03', to: '2026-11-01' }]) {
				for (const { access, filters } of scopes) {
					const f = { ...period, ...filters };
					const fromStored = await changeImpact(conn, access, f);
					expect(fromStored.filter((c) => c.observed > 0).length, JSON.stringify(filters)).toBeGreaterThan(5);
					expect(fromStored).toEqual(await changeImpact(conn, access, f, { storedCounts: false }));
					// A page's: the probable changes of most excess only, those listed with their tickets.
					expect(await changeImpact(conn, access, f, { probableOnly: true })).toEqual(fromStored.filter((c) => c.probable && c.tickets !== null));
					if (period.from === '2025-11-01' && !('client' in filters) && access.clients === null) expect(fromStored.filter((c) => c.probable).length).toBeGreaterThan(LISTED_CHANGES);
				}
			}
		});
	}, 60_000);
});

describe('the sample’s ground truth', () => {
	it('names every change the sample’s tickets record as their cause, and only changes that exist', async () => {
		const sample = await sampleDb();
		// The shipped sample is `onecall generate-sample` with its defaults.
		const truth = sampleBursts({ tickets: 20000, seed: 42, end: new Date('2026-11-01T00:00:00Z') });
		const [caused, known] = await withConnection(sample, (conn) =>
			Promise.all([
				conn.allSql<{ id: string }>('SELECT DISTINCT caused_by_change AS id FROM tickets WHERE caused_by_change IS NOT NULL'),
				conn.allSql<{ id: string }>('SELECT change_id AS id FROM changes')
			])
		);
		expect(caused.length).toBeGreaterThan(0);
		for (const { id } of caused) expect(truth.has(id), id).toBe(true);
		const ids = new Set(known.map((k) => k.id));
		for (const id of truth.keys()) expect(ids.has(id), id).toBe(true);
	}, 60_000);
});
