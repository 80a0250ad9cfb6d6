// The dashboards' generic chart builders and the KPI sparkline, without a DOM: dataset rows,
// encodes, axes, reference marks, and data text escaped in tooltips.
import { describe, expect, it } from 'vitest';
import { barOption, escapeHtml, lineOption, multiLineOption, scatterOption, type BasicOption, type Point } from '../../src/lib/charts/basic';
import { darkPalette } from '../../src/lib/charts/palette';
import { sparkline } from '../../src/lib/charts/sparkline';

type Series = { type: string; encode: Record<string, string>; markArea?: { data: unknown[] }; markLine?: { data: unknown[] } };
const source = (o: BasicOption) => (o.dataset as { source: Record<string, unknown>[] }).source;
const series = (o: BasicOption) => o.series as Series[];
const tip = (o: BasicOption, row: unknown) =>
	((o.tooltip as { formatter: (p: unknown) => string }).formatter)([{ data: row }]);

const rows: Point[] = [
	{ label: 'Email', value: 12, n: 12 },
	{ label: 'Network', value: 5, n: 5 },
	{ label: '<img src=x onerror=alert(1)>', value: 1, n: 1 }
];

describe('barOption', () => {
	it('encodes label and value from the dataset rows', () => {
		const o = barOption(rows, { format: String });
		expect(source(o)).toEqual(rows);
		expect(series(o)[0]).toMatchObject({ type: 'bar', encode: { x: 'label', y: 'value' } });
	});

	it('draws horizontal bars largest first from the top', () => {
		const o = barOption(rows, { format: String, horizontal: true });
		expect(source(o).map((r) => r.label)).toEqual([rows[2].label, 'Network', 'Email']);
		expect(series(o)[0].encode).toEqual({ x: 'value', y: 'label' });
		expect((o.yAxis as { type: string }).type).toBe('category');
	});

	it('fixes a percent axis at 0-100 %', () => {
		const o = barOption(rows, { format: String, percent: true });
		expect(o.yAxis).toMatchObject({ min: 0, max: 1, interval: 0.2 });
	});

	it('escapes names from the data in tooltips', () => {
		const html = tip(barOption(rows, { format: String }), rows[2]);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
	});

	it('uses the palette it is given', () => {
		const o = barOption(rows, { format: String, p: darkPalette });
		expect(JSON.stringify(o.series)).toContain(darkPalette.primary);
	});
});

describe('lineOption', () => {
	const trend: Point[] = [
		{ label: '2026-08-03', value: 0.7 },
		{ label: '2026-08-10', value: null },
		{ label: '2026-08-17', value: 0.75 }
	];

	it('keeps gaps as gaps and labels buckets as days', () => {
		const o = lineOption(trend, { format: String, dates: true });
		expect(series(o)[0]).toMatchObject({ type: 'line', connectNulls: false, encode: { x: 'label', y: 'value' } });
		const label = (o.xAxis as { axisLabel: { formatter: (v: string) => string } }).axisLabel.formatter('2026-08-03');
		expect(label).toBe('3 Aug');
	});

	it('adds a reference band and line only when asked', () => {
		expect(series(lineOption(trend, { format: String }))[0].markArea).toBeUndefined();
		const o = lineOption(trend, { format: String, band: { from: 0.7, to: 0.74, label: 'Industry' }, reference: { value: 0.8, label: 'World class' } });
		expect(series(o)[0].markArea!.data).toEqual([[{ name: 'Industry', yAxis: 0.7 }, { yAxis: 0.74 }]]);
		expect(series(o)[0].markLine!.data).toEqual([{ name: 'World class', yAxis: 0.8 }]);
	});
});

describe('scatterOption and multiLineOption', () => {
	it('plots only agents with both rates', () => {
		const o = scatterOption(
			[
				{ label: 'Ann', value: null, x: 0.7, y: 0.8, n: 40 },
				{ label: 'Bob', value: null, x: null, y: 0.9, n: 3 }
			],
			{ xName: 'FCR', yName: 'CSAT', format: String, tip: (r) => r.label }
		);
		expect(source(o).map((r) => r.label)).toEqual(['Ann']);
		expect(series(o)[0].encode).toEqual({ x: 'x', y: 'y' });
	});

	it('puts one column per series under shared buckets', () => {
		const o = multiLineOption(['2026-08-03', '2026-08-10'], [
			{ name: 'Network', values: [0.5, null] },
			{ name: 'Workplace', values: [0.6, 0.7] }
		], { format: String });
		expect(source(o)).toEqual([
			{ label: '2026-08-03', s0: 0.5, s1: 0.6 },
			{ label: '2026-08-10', s0: null, s1: 0.7 }
		]);
		expect(series(o).map((s) => s.encode.y)).toEqual(['s0', 's1']);
	});
});

describe('sparkline', () => {
	it('scales into the box and breaks the line at a missing value', () => {
		const s = sparkline([1, 3, null, 2], 100, 20, 0);
		expect(s.path).toBe('M0 20L33.3 0M100 10');
		expect(s.last).toEqual({ x: 100, y: 10 });
	});

	it('draws nothing without values and a flat line through the middle', () => {
		expect(sparkline([null, null]).path).toBe('');
		expect(sparkline([5, 5], 10, 20, 0).path).toBe('M0 10L10 10');
	});
});
