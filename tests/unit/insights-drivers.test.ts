// Drivers against tests/fixtures/insights-drivers.csv (hand-computed below) and the sample:
// for every metric and dimension the contributions add up exactly to the total change.
import { beforeAll, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { localAccess } from '../../src/lib/server/access/scope';
import { summary } from '../../src/lib/server/metric/report';
import { previousPeriod } from '../../src/lib/filters';
import { decomposeRate } from '../../src/lib/server/insights/shift-share';
import { driverDimensions, driverMetrics, metricDrivers, MIN_GROUP } from '../../src/lib/server/insights/drivers';
import { drilldownCount } from '../../src/lib/server/metric/drilldown';
import { fixture, memoryDb, sampleDb } from '../helpers/db';

let db: Db;
beforeAll(async () => {
	db = await memoryDb();
	await importFile(db, fixture('insights-drivers.csv'));
});

const january = { from: '2026-01-01', to: '2026-02-01' };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('shift-share by hand', () => {
	it('splits FCR by team into rate and mix effects, a team new in January by mix alone', async () => {
		const fcr = await withConnection(db, (conn) => metricDrivers(conn, localAccess, 'fcr', january, ['team']));
		// December: Desk 3/4 FCR (D1-D3 yes, D4 no), Network 2/4 (D5, D6): R0 = 5/8.
		// January: Desk 2/2, Network 1/4 (J3), Field 0/2 (new): R1 = 3/8. Mean R̄ = 1/2.
		expect(fcr.previous).toBe(5 / 8);
		expect(fcr.current).toBe(3 / 8);
		const team = new Map(fcr.by.team!.map((c) => [c.key, c]));
		// Desk: rate (1 - 3/4)(1/2 + 1/4)/2 = 3/32; mix (1/4 - 1/2)((3/4 + 1)/2 - 1/2) = -3/32.
		expect(team.get('Desk')!.rate_effect).toBeCloseTo(3 / 32, 15);
		expect(team.get('Desk')!.mix_effect).toBeCloseTo(-3 / 32, 15);
		// Network: rate (1/4 - 1/2)(1/2 + 1/2)/2 = -1/8; same share, no mix.
		expect(team.get('Network')!.rate_effect).toBeCloseTo(-1 / 8, 15);
		expect(team.get('Network')!.mix_effect).toBeCloseTo(0, 15);
		// Field: no December rate, taken as its January rate 0: rate effect 0, mix 1/4 (0 - 1/2).
		expect(team.get('Field')!.rate0).toBeNull();
		expect(team.get('Field')!.rate_effect).toBe(0);
		expect(team.get('Field')!.mix_effect).toBeCloseTo(-1 / 8, 15);
		expect(sum(fcr.by.team!.map((c) => c.contribution))).toBeCloseTo(-1 / 4, 15);
	});

	it('gives the same total whatever rate a missing period is assumed to have', () => {
		const groups = [
			{ key: 'a', num0: 3, den0: 4, num1: 1, den1: 2 },
			{ key: 'b', num0: 0, den0: 0, num1: 5, den1: 7 },
			{ key: 'c', num0: 2, den0: 9, num1: 0, den1: 0 }
		];
		const d = decomposeRate(groups);
		expect(d.change).toBeCloseTo(6 / 9 - 5 / 13, 15);
		expect(sum(d.contributions.map((c) => c.contribution))).toBeCloseTo(d.change!, 15);
		// c vanished: counts by mix alone, -share0 (r0 - R̄).
		const c = d.contributions.find((x) => x.key === 'c')!;
		expect(c.contribution).toBeCloseTo(-(9 / 13) * (2 / 9 - (5 / 13 + 6 / 9) / 2), 15);
	});

	it('names no value with fewer tickets than the minimum', async () => {
		const fcr = await withConnection(db, (conn) => metricDrivers(conn, localAccess, 'fcr', january));
		// Every group in this fixture is far below MIN_GROUP tickets.
		expect(MIN_GROUP).toBeGreaterThan(8);
		expect(fcr.drivers).toEqual([]);
		expect(fcr.headline).toBe('FCR fell 25.0\u00a0pp, from 62.5\u00a0% to 37.5\u00a0%.');
	});
});

async function checkAddsUp(database: Db, period: { from: string; to: string }) {
	for (const metric of driverMetrics) {
		const d = await withConnection(database, (conn) => metricDrivers(conn, localAccess, metric, period));
		const [now, before] = await withConnection(database, (conn) =>
			Promise.all([summary(conn, localAccess, metric, period), summary(conn, localAccess, metric, { ...period, ...previousPeriod(period) })])
		);
		// The totals are the metric library's own numbers.
		const rate = (s: { numerator: number; denominator: number }) => (metric === 'volume' ? s.denominator : s.numerator / s.denominator);
		expect(d.current, metric).toBeCloseTo(rate(now), 12);
		expect(d.previous, metric).toBeCloseTo(rate(before), 12);
		// Each driver quotes as many tickets as its link lists.
		for (const driver of d.drivers) {
			const q = new URL(driver.href, 'http://x').searchParams;
			const count = await withConnection(database, (conn) =>
				drilldownCount(conn, {
					metric, part: metric === 'volume' ? 'numerator' : 'denominator', access: localAccess,
					filters: { from: q.get('from')!, to: q.get('to')! }, by: q.get('by') as never, key: q.get('key') || null,
					sort: 'occurred_at', dir: 'desc'
				})
			);
			expect(count, driver.sentence).toBe(driver.tickets);
			expect(driver.sentence).toContain(`${driver.tickets.toLocaleString('en-US')} tickets`);
		}
		for (const dim of driverDimensions) {
			const contributions = d.by[dim]!;
			expect(contributions.length, `${metric} by ${dim}`).toBeGreaterThan(0);
			expect(sum(contributions.map((c) => c.contribution)), `${metric} by ${dim}`).toBeCloseTo(d.change!, 12);
		}
	}
}

describe('contributions add up to the change', () => {
	it('for every metric and dimension on the fixture', async () => {
		await checkAddsUp(db, january);
	});

	it('for every metric and dimension on the sample, the default 90 days', async () => {
		const sample = await sampleDb();
		await checkAddsUp(sample, { from: '2026-08-03', to: '2026-11-01' });
	}, 120_000);
});

describe('drivers over team and agent only (the Team view’s, a query of their own)', () => {
	it('give every metric the same contributions and totals as the drivers over every dimension', async () => {
		const sample = await sampleDb();
		const period = { from: '2026-08-03', to: '2026-11-01' };
		await withConnection(sample, async (conn) => {
			for (const metric of driverMetrics) {
				const all = await metricDrivers(conn, localAccess, metric, period);
				const people = await metricDrivers(conn, localAccess, metric, period, ['team', 'agent']);
				expect(people.by.team!.length, metric).toBeGreaterThan(0);
				expect(people.by, metric).toEqual({ team: all.by.team, agent: all.by.agent });
				// Totals come from the last dimension decomposed (agent here, service there): the same tickets.
				expect([people.previous, people.current], metric).toEqual([all.previous, all.current]);
			}
		});
	}, 120_000);
});
