// Change impact on tests/fixtures/insights-impact-*.csv: a Mail ticket every Monday noon and
// a VPN ticket every Tuesday noon; CHG-A (Mail, Mon 2 Mar 10:00) is followed by 5 extra
// tickets, CHG-B (VPN, Tue 3 Mar 10:00) by the usual one.
import { beforeAll, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { localAccess } from '../../src/lib/server/access/scope';
import { changeImpact, poissonUpperTail } from '../../src/lib/server/insights/change-impact';
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
		expect(a.tickets.map((t) => t.hours_after_end)).toEqual([1.5, 2, 3.5, 4.5, 6.5, 10.5]);
		// Tuesday VPN: one ticket in the window, one in each of 8 weeks (6 Jan 10:00 is after the first ticket).
		expect(b.observed).toBe(1);
		expect(b.baseline_weeks).toBe(8);
		expect(b.expected).toBeCloseTo(8.5 / 8, 12);
		expect(b.probable).toBe(false);
		expect(b.linked).toBe(0);
	});

	it('computes the Poisson upper tail', () => {
		expect(poissonUpperTail(0, 2)).toBe(1);
		expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
		expect(poissonUpperTail(3, 1)).toBeCloseTo(1 - Math.exp(-1) * (1 + 1 + 0.5), 12);
	});

	it('sees only the tickets of the clients the access allows', async () => {
		const other = { ...localAccess, clients: ['Globex'] };
		const impact = await withConnection(db, (conn) => changeImpact(conn, other, march));
		expect(impact.every((c) => c.observed === 0)).toBe(true);
	});
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
