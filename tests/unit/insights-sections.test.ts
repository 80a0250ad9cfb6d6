// Unusual weeks, self-service candidates and frequent callers: the band by hand, and on the
// sample each alert's quoted tickets are its drill-down's, each caller's tickets add up.
import { beforeAll, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { localAccess } from '../../src/lib/server/access/scope';
import { drilldownCount } from '../../src/lib/server/metric/drilldown';
import { insights } from '../../src/lib/server/insights';
import { robustBand } from '../../src/lib/server/insights/alerts';
import { MAX_HANDLING_HOURS, MIN_FCR } from '../../src/lib/server/insights/self-service';
import { sampleDb } from '../helpers/db';

let db: Db;
beforeAll(async () => {
	db = await sampleDb();
}, 120_000);

const range = { from: '2026-08-03', to: '2026-11-01' };

describe('robust band', () => {
	it('is the median ± 3 scaled MADs, unmoved by one outlier', () => {
		// Median 3; deviations 2, 1, 0, 1, 97 have median 1; half-width 3 × 1.4826.
		const band = robustBand([1, 2, 3, 4, 100]);
		expect(band.centre).toBe(3);
		expect(band.low).toBeCloseTo(3 - 3 * 1.4826, 12);
		expect(band.high).toBeCloseTo(3 + 3 * 1.4826, 12);
		expect(robustBand([5, 5, 5, 5], 0.02)).toEqual({ centre: 5, low: 4.98, high: 5.02 });
	});
});

describe('on the sample', () => {
	// The weeks come from the stored daily summary, or with a filter it does not hold (channel)
	// from the tickets now; either way each is checked against the tickets its drill-down lists.
	it.each([['no filter', {}], ['a channel (counted from the tickets)', { channel: 'phone' }]])('quotes for each unusual week the tickets its link lists, outside its band: %s', async (_, extra: Record<string, string>) => {
		const { alerts } = await insights(db, localAccess, { ...range, ...extra }, { sections: ['alerts'] });
		expect(alerts!.length).toBeGreaterThan(0);
		for (const a of alerts!) {
			expect(a.value < a.low || a.value > a.high, a.sentence).toBe(true);
			const q = new URL(a.href, 'http://x').searchParams;
			const filters = { ...range, ...extra, ...(a.scope === 'all' ? {} : { [a.scope]: a.key! }) };
			const count = await withConnection(db, (conn) =>
				drilldownCount(conn, {
					metric: a.metric, part: a.metric === 'volume' ? 'numerator' : 'denominator', filters, access: localAccess,
					grain: 'week', bucket: q.get('bucket')!, sort: 'occurred_at', dir: 'desc'
				})
			);
			expect(count, a.sentence).toBe(a.tickets);
		}
	});

	it('lists self-service candidates that are mostly fixed first time and quickly, most hours first', async () => {
		const { self_service } = await insights(db, localAccess, range, { sections: ['self_service'] });
		expect(self_service!.length).toBeGreaterThan(0);
		for (const c of self_service!) {
			expect(c.fcr_rate).toBeGreaterThanOrEqual(MIN_FCR);
			expect(c.median_handling_hours).toBeLessThanOrEqual(MAX_HANDLING_HOURS);
			expect(c.agent_hours_per_month).toBeCloseTo(c.tickets_per_month * c.median_handling_hours, 9);
		}
		const hours = self_service!.map((c) => c.agent_hours_per_month);
		expect(hours).toEqual([...hours].sort((a, b) => b - a));
	});

	it('splits each frequent caller’s tickets into repeats and new issues', async () => {
		const { frequent_callers } = await insights(db, localAccess, range, { sections: ['frequent_callers'] });
		expect(frequent_callers!.length).toBeGreaterThan(0);
		for (const c of frequent_callers!) {
			expect(c.repeats + c.new_issues).toBe(c.tickets);
			expect(c.tickets).toBeGreaterThanOrEqual(3);
			expect(c.categories.reduce((s, k) => s + k.tickets, 0)).toBeLessThanOrEqual(c.tickets);
			expect(c.pattern).not.toMatch(/abus/i);
		}
		// Each caller's repeats as the two metrics' own parts give them: its same-issue repeats,
		// or tickets among the reopen rate's reopened items (by id, across the two parts).
		const reference = await withConnection(db, (conn) =>
			conn.allSql<{ caller_id: string; tickets: number; repeats: number }>(
				`WITH reopened AS (SELECT item_id FROM parts_reopen_rate($from, $to, NULL, NULL, NULL, NULL, NULL, NULL, NULL) WHERE num AND den)
				 SELECT caller_id, count(*)::INTEGER AS tickets, count(*) FILTER (WHERE num OR item_id IN (SELECT item_id FROM reopened))::INTEGER AS repeats
				 FROM parts_same_issue_repeats($from, $to, NULL, NULL, NULL, NULL, NULL, NULL, NULL) GROUP BY caller_id HAVING count(*) >= 3`,
				range
			)
		);
		const byCaller = new Map(reference.map((r) => [r.caller_id, r]));
		expect(frequent_callers!.some((c) => c.repeats > 0 && c.new_issues > 0)).toBe(true);
		for (const c of frequent_callers!) expect({ tickets: c.tickets, repeats: c.repeats }, c.caller_id).toEqual({ tickets: byCaller.get(c.caller_id)?.tickets, repeats: byCaller.get(c.caller_id)?.repeats });
	});
});

describe('alerts of some metrics or scopes only (the Team trend’s: one metric, teams only)', () => {
	it('are those of the whole set, for each metric and for the teams alone', async () => {
		const all = (await insights(db, localAccess, range, { sections: ['alerts'] })).alerts!;
		expect(all.some((a) => a.scope === 'team')).toBe(true);
		for (const metric of ['fcr', 'csat', 'sla', 'volume'] as const) {
			const one = await insights(db, localAccess, range, { sections: ['alerts'], alertMetrics: [metric] });
			expect(one.alerts, metric).toEqual(all.filter((a) => a.metric === metric));
			const teams = await insights(db, localAccess, range, { sections: ['alerts'], alertMetrics: [metric], alertScopes: ['team'] });
			expect(teams.alerts, metric).toEqual(all.filter((a) => a.metric === metric && a.scope === 'team'));
		}
	});
});
