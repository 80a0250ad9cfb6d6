// Cross-checks that cannot drift: breakdowns and trends add up to the overall number,
// the drill-down lists exactly as many items as the number it explains, and the
// parts-based library agrees with the headline /api/metrics numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Db } from '../../src/lib/server/db';
import { headlineMetrics } from '../../src/lib/server/metrics';
import { importFile } from '../../src/lib/server/importer';
import { breakdownDimensions, catalog, metricNames } from '../../src/lib/server/metric/catalog';
import { metricReport } from '../../src/lib/server/metric/report';
import { drilldown, parts } from '../../src/lib/server/metric/drilldown';
import { fixture, memoryDb, sampleDb } from '../helpers/db';
import { overviewView } from '../../src/lib/server/views/overview';
import { feb, metricDb } from './metric-fixture';
import { localAccess } from '../../src/lib/server/access/scope';

let db: Db;
beforeAll(async () => {
	db = await metricDb();
});

const sum = (rows: { numerator: number | null; denominator: number; excluded: number }[]) => ({
	numerator: rows.reduce((s, r) => s + (r.numerator ?? 0), 0),
	denominator: rows.reduce((s, r) => s + r.denominator, 0),
	excluded: rows.reduce((s, r) => s + r.excluded, 0)
});

describe('breakdowns and trends add up', () => {
	it.each(metricNames)('%s: every breakdown sums to the overall numerator, denominator and excluded', async (metric) => {
		const overall = await metricReport(db, localAccess, metric, feb);
		for (const by of breakdownDimensions) {
			const { rows } = await metricReport(db, localAccess, metric, feb, { by });
			expect(sum(rows!), `${metric} by ${by}`).toEqual({
				numerator: overall.numerator ?? 0, denominator: overall.denominator, excluded: overall.excluded
			});
		}
	});

	it.each(metricNames.filter((m) => m !== 'backlog'))('%s: day, week and month trends sum to the overall', async (metric) => {
		const overall = await metricReport(db, localAccess, metric, feb);
		for (const grain of ['day', 'week', 'month'] as const) {
			const { trend } = await metricReport(db, localAccess, metric, feb, { grain });
			expect(sum(trend!), `${metric} by ${grain}`).toEqual({
				numerator: overall.numerator ?? 0, denominator: overall.denominator, excluded: overall.excluded
			});
		}
	});

	it('gives every day of the period a trend bucket, empty ones too', async () => {
		const { trend } = await metricReport(db, localAccess, 'volume', feb, { grain: 'day' });
		expect(trend).toHaveLength(28);
		// M13 opened at 23:59:59 on 28 February (UTC): the last bucket, alone.
		expect(trend![27]).toMatchObject({ bucket: '2026-02-28', value: 1 });
	});
});

describe('the drill-down lists exactly the items behind each number', () => {
	it.each(metricNames)('%s: numerator, denominator and excluded lists match their counts', async (metric) => {
		const overall = await metricReport(db, localAccess, metric, feb);
		const expected = { numerator: overall.numerator, denominator: overall.denominator, excluded: overall.excluded };
		for (const part of parts) {
			if (part === 'numerator' && catalog[metric].kind === 'duration') continue;
			const page = await drilldown(db, { metric, part, filters: feb, access: localAccess, sort: 'occurred_at', dir: 'asc' }, 1, 1000);
			expect(page.total, `${metric} ${part}`).toBe(expected[part]);
			expect(page.rows, `${metric} ${part}`).toHaveLength(expected[part] ?? 0);
			if (part === 'numerator') expect(page.rows.every((r) => r.in_numerator && r.in_denominator)).toBe(true);
			if (part === 'excluded') expect(page.rows.every((r) => r.excluded !== null && !r.in_denominator)).toBe(true);
		}
	});

	it('drills into a breakdown row, the row without a value, and a trend bucket', async () => {
		const byTeam = await metricReport(db, localAccess, 'fcr', feb, { by: 'team' });
		for (const row of byTeam.rows!) {
			const page = await drilldown(db, { metric: 'fcr', part: 'numerator', filters: feb, access: localAccess, by: 'team', key: row.key, sort: 'item_id', dir: 'asc' });
			expect(page.total, `team ${row.key}`).toBe(row.numerator);
		}
		// Change failure rate by client: CHG2 names no client, so it is the null row.
		const page = await drilldown(db, { metric: 'change_failure_rate', part: 'denominator', filters: feb, access: localAccess, by: 'client', key: null, sort: 'item_id', dir: 'asc' });
		expect(page.rows.map((r) => r.item_id)).toEqual(['CHG2']);
		const { trend } = await metricReport(db, localAccess, 'repeat_contacts', feb, { grain: 'week' });
		for (const t of trend!) {
			const p = await drilldown(db, { metric: 'repeat_contacts', part: 'numerator', filters: feb, access: localAccess, grain: 'week', bucket: t.bucket, sort: 'occurred_at', dir: 'asc' });
			expect(p.total, t.bucket).toBe(t.numerator);
		}
	});

	it('drills into a backlog bucket as the tickets open at its end', async () => {
		const { trend } = await metricReport(db, localAccess, 'backlog', feb, { grain: 'week' });
		for (const t of trend!) {
			const p = await drilldown(db, { metric: 'backlog', part: 'numerator', filters: feb, access: localAccess, grain: 'week', bucket: t.bucket, sort: 'item_id', dir: 'asc' });
			expect(p.total, t.bucket).toBe(t.value);
		}
	});

	it('pages and sorts', async () => {
		const q = { metric: 'volume', part: 'numerator', filters: feb, access: localAccess, sort: 'item_id', dir: 'desc' } as const;
		const first = await drilldown(db, q, 1, 5);
		const third = await drilldown(db, q, 3, 5);
		expect(first).toMatchObject({ total: 14, page: 1, page_size: 5 });
		expect(first.rows.map((r) => r.item_id)).toEqual(['M13', 'M12', 'M10', 'M09', 'M08']);
		// 14 tickets, 5 a page: the third page holds the last four in descending id order.
		expect(third.rows.map((r) => r.item_id)).toEqual(['M02', 'C01', 'B02', 'B01']);
	});
});

describe('the library agrees with the headline metrics', () => {
	const agree = async (target: Db, filters: { from: string; to: string; client?: string }) => {
		const h = await headlineMetrics(target, localAccess, filters);
		const get = (m: (typeof metricNames)[number]) => metricReport(target, localAccess, m, filters);
		const [fcr, repeat, callers, change, linked, suspected, csat, sla, resolution, volume] = await Promise.all([
			get('fcr'), get('repeat_contacts'), get('repeat_callers'), get('change_caused'), get('change_linked'),
			get('change_suspected'), get('csat'), get('sla'), get('resolution_time'), get('volume')
		]);
		expect(volume.value).toBe(h.tickets);
		expect({ rate: fcr.value, numerator: fcr.numerator, denominator: fcr.denominator, excluded: fcr.excluded }).toEqual(h.fcr);
		expect([repeat.numerator, repeat.denominator]).toEqual([h.repeat_contacts.numerator, h.repeat_contacts.denominator]);
		expect((callers.extra as { count: number }).count).toBe(h.repeat_callers.count);
		expect([change.numerator, change.denominator, linked.numerator, suspected.numerator]).toEqual([
			h.change_caused.numerator, h.change_caused.denominator, h.change_caused.linked, h.change_caused.suspected
		]);
		expect([csat.numerator, csat.denominator, (csat.extra as { mean: number | null }).mean]).toEqual([
			h.csat.satisfied, h.csat.responses, h.csat.mean
		]);
		expect([sla.numerator, sla.denominator]).toEqual([h.sla.numerator, h.sla.denominator]);
		expect({ median: resolution.value, p90: resolution.p90 }).toEqual(h.resolution_hours);
	};

	it('on the metric fixture', async () => {
		await agree(db, feb);
		await agree(db, { ...feb, client: 'Globex' });
	});

	it('on the headline fixture', async () => {
		const h = await memoryDb();
		await importFile(h, fixture('headline-tickets.csv'));
		await importFile(h, fixture('headline-changes.csv'));
		await agree(h, { from: '2026-01-01', to: '2026-02-01' });
		await agree(h, { from: '2025-12-01', to: '2026-01-01' });
	});
});

describe('the Overview agrees with the library', () => {
	// Its seven weekly series are one query over the daily counts and the resolution times (views/
	// overview_trends.sql), not the library's trend of each metric: the same numbers, week by week.
	it('gives, week by week, each KPI tile the value of that metric’s own weekly trend', async () => {
		const sample = await sampleDb();
		for (const period of [{ from: '2026-08-03', to: '2026-11-01' }, { from: '2025-11-01', to: '2026-11-01' }]) {
			const view = await overviewView(sample, localAccess, new URLSearchParams(period));
			for (const [metric, values] of Object.entries(view.sparks)) {
				const { trend } = await metricReport(sample, localAccess, metric as (typeof metricNames)[number], period, { grain: 'week' });
				expect(values, `${metric} ${period.from}`).toEqual(trend!.map((p) => p.value));
			}
			expect(view.sparks.resolution_time.filter((v) => v !== null).length).toBeGreaterThan(10);
		}
	});
});
