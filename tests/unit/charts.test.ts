// Overview chart option builders: weekly rows (gaps, partial weeks, derived rates)
// and the options' dataset rows and series encodes, without a DOM.
import { describe, expect, it } from 'vitest';
import { changeCausedOption, csatOption, fcrOption, volumeOption, weekRows, type TrendOption, type WeekRow } from '../../src/lib/charts/trend';
import type { TrendRow } from '../../src/lib/server/overview';

// A Wednesday-to-Wednesday period: the first and last weeks are partial, and the
// week of 2026-08-17 has no tickets at all, so the query returns no row for it.
const period = { from: '2026-08-05', to: '2026-08-26' };
const trend: TrendRow[] = [
	{ bucket: '2026-08-03', tickets: 40, fcr_numerator: 21, fcr_denominator: 30, csat_satisfied: 9, csat_responses: 12, change_caused: 2 },
	{ bucket: '2026-08-10', tickets: 55, fcr_numerator: 0, fcr_denominator: 0, csat_satisfied: 0, csat_responses: 0, change_caused: 0 },
	{ bucket: '2026-08-24', tickets: 10, fcr_numerator: 6, fcr_denominator: 8, csat_satisfied: 1, csat_responses: 1, change_caused: 1 }
];

type Series = { type: string; encode: Record<string, string>; markArea?: { data: unknown[] }; markLine?: { data: unknown[] } };
const source = (o: TrendOption) => (o.dataset as { source: WeekRow[] }).source;
const series = (o: TrendOption) => o.series as Series[];

describe('weekRows', () => {
	const rows = weekRows(trend, period);

	it('has every week of the period, a missing one as zero tickets', () => {
		expect(rows.map((r) => r.week)).toEqual(['2026-08-03', '2026-08-10', '2026-08-17', '2026-08-24']);
		expect(rows[2]).toMatchObject({ tickets: 0, change_caused: 0, fcr_rate: null, csat_rate: null });
	});

	it('counts the days of each week inside the half-open period', () => {
		// 5-9 Aug; full; full; 24-25 Aug (26 is excluded).
		expect(rows.map((r) => r.days)).toEqual([5, 7, 7, 2]);
	});

	it('derives rates from numerator and denominator, null where nothing was judged', () => {
		expect(rows[0].fcr_rate).toBeCloseTo(0.7);
		expect(rows[0].csat_rate).toBeCloseTo(0.75);
		expect(rows[1].fcr_rate).toBeNull();
		expect(rows[1].csat_rate).toBeNull();
		expect(rows[3]).toMatchObject({ fcr_rate: 0.75, csat_rate: 1 });
	});
});

describe('option builders', () => {
	const rows = weekRows(trend, period);

	it('chart weekly volume as bars from the dataset', () => {
		const o = volumeOption(rows);
		expect(source(o)).toBe(rows);
		expect(series(o)).toHaveLength(1);
		expect(series(o)[0]).toMatchObject({ type: 'bar', encode: { x: 'week', y: 'tickets' } });
		expect(o.xAxis).toMatchObject({ type: 'category' });
		expect(o.yAxis).toMatchObject({ type: 'value', minInterval: 1 });
	});

	it('chart FCR as a 0-100 % line with the industry band and the world-class line', () => {
		const o = fcrOption(rows);
		expect(source(o).map((r) => r.fcr_rate)).toEqual([0.7, null, null, 0.75]);
		const s = series(o)[0];
		expect(s).toMatchObject({ type: 'line', encode: { x: 'week', y: 'fcr_rate' }, connectNulls: false });
		expect(s.markArea?.data).toEqual([[expect.objectContaining({ yAxis: 0.7 }), { yAxis: 0.74 }]]);
		expect(s.markLine?.data).toEqual([expect.objectContaining({ yAxis: 0.8 })]);
		expect(o.yAxis).toMatchObject({ min: 0, max: 1 });
	});

	it('chart the CSAT satisfied share as a 0-100 % line', () => {
		const o = csatOption(rows);
		expect(source(o).map((r) => r.csat_rate)).toEqual([0.75, null, null, 1]);
		expect(series(o)[0]).toMatchObject({ type: 'line', encode: { x: 'week', y: 'csat_rate' } });
		expect(o.yAxis).toMatchObject({ min: 0, max: 1 });
	});

	it('chart change-caused incidents as bars', () => {
		const o = changeCausedOption(rows);
		expect(source(o).map((r) => r.change_caused)).toEqual([2, 0, 0, 1]);
		expect(series(o)[0]).toMatchObject({ type: 'bar', encode: { x: 'week', y: 'change_caused' } });
	});

	it('label the week axis with short dates and the rate axis in percent', () => {
		const o = fcrOption(rows);
		const x = o.xAxis as { axisLabel: { formatter: (v: string) => string } };
		const y = o.yAxis as { axisLabel: { formatter: (v: number) => string } };
		expect(x.axisLabel.formatter('2026-08-03')).toBe('3 Aug');
		expect(y.axisLabel.formatter(0.8)).toBe('80 %');
	});

	it('handle a period without tickets', () => {
		const empty = weekRows([], { from: '2026-08-03', to: '2026-08-10' });
		expect(empty).toEqual([
			{ week: '2026-08-03', days: 7, tickets: 0, fcr_numerator: 0, fcr_denominator: 0, fcr_rate: null, csat_satisfied: 0, csat_responses: 0, csat_rate: null, change_caused: 0 }
		]);
		expect(source(volumeOption(empty))).toHaveLength(1);
	});
});
