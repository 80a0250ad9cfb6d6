// Unusual weeks on the trend charts: the Overview marks the metric's overall alerts, the Team
// page each team's on its line, the client pack the client's, at their week and value.
import { describe, expect, it } from 'vitest';
import { barOption, lineOption, multiLineOption } from '../../src/lib/charts/basic';
import { fcrOption } from '../../src/lib/charts/trend';
import { lightPalette } from '../../src/lib/charts/palette';
import { withAlertMarks, withScopedAlertMarks } from '../../src/lib/components/insights/alert-marks';
import type { Alert } from '../../src/lib/server/insights/alerts';

const alert = (metric: Alert['metric'], scope: Alert['scope'], week: string, value: number): Alert => ({
	metric, scope, key: scope === 'all' ? null : 'X', week, value, low: 0.6, high: 0.8, direction: 'below', tickets: 40, sentence: `${metric} ${scope} ${week}`, href: '/tickets'
});

describe('alert marks', () => {
	it('marks the overall alerts of the chart’s metric only', () => {
		const option = withAlertMarks(fcrOption([], lightPalette), [
			alert('fcr', 'all', '2026-10-12', 0.55), alert('fcr', 'client', '2026-10-19', 0.5), alert('csat', 'all', '2026-10-12', 0.4)
		], 'fcr', lightPalette);
		const series = option.series as { markPoint?: { data: { coord: [string, number] }[] }; markArea?: unknown }[];
		expect(series[0].markPoint!.data.map((d) => d.coord)).toEqual([['2026-10-12', 0.55]]);
		// The reference band stays.
		expect(series[0].markArea).toBeDefined();
	});

	it('leaves a chart without alerts as it was', () => {
		const option = fcrOption([], lightPalette);
		expect(withAlertMarks(option, [], 'fcr', lightPalette)).toBe(option);
	});
});

describe('alert marks per team and per client', () => {
	const weeks = ['2026-10-05', '2026-10-12', '2026-10-19'];
	const teams = multiLineOption(weeks, [
		{ name: 'Network', values: [0.7, 0.5, 0.72] },
		{ name: 'Desk', values: [0.8, 0.81, 0.6] }
	], { format: String, percent: true, dates: true });
	type Marked = { markPoint?: { data: { coord: [string, number]; name: string }[] } }[];
	const on = { metric: 'fcr', scope: 'team' as const, keys: ['Network', 'Desk'], buckets: weeks, grain: 'week' as const };

	it('rings each team’s own weeks on its own line, not other scopes’ or metrics’', () => {
		const option = withScopedAlertMarks(teams, [
			{ ...alert('fcr', 'team', '2026-10-12', 0.5), key: 'Network' },
			{ ...alert('fcr', 'team', '2026-10-19', 0.6), key: 'Desk' },
			{ ...alert('csat', 'team', '2026-10-05', 0.4), key: 'Desk' },
			{ ...alert('fcr', 'client', '2026-10-05', 0.4), key: 'Desk' },
			alert('fcr', 'all', '2026-10-05', 0.7)
		], on, lightPalette);
		const series = option.series as Marked;
		expect(series.map((s) => s.markPoint?.data.map((d) => d.coord))).toEqual([[['2026-10-12', 0.5]], [['2026-10-19', 0.6]]]);
		expect(series[0].markPoint!.data[0].name).toBe('fcr team 2026-10-12');
	});

	it('leaves a team without alerts unmarked and rings no week the chart does not draw', () => {
		const option = withScopedAlertMarks(teams, [
			{ ...alert('fcr', 'team', '2026-10-12', 0.5), key: 'Network' },
			{ ...alert('fcr', 'team', '2026-11-02', 0.5), key: 'Network' }
		], on, lightPalette);
		const series = option.series as Marked;
		expect(series[0].markPoint!.data.map((d) => d.coord)).toEqual([['2026-10-12', 0.5]]);
		expect(series[1].markPoint).toBeUndefined();
	});

	it('marks nothing on a daily or monthly chart, whose points are not weeks', () => {
		const alerts = [{ ...alert('fcr', 'team', '2026-10-12', 0.5), key: 'Network' }];
		expect(withScopedAlertMarks(teams, alerts, { ...on, grain: 'day' }, lightPalette)).toBe(teams);
		expect(withScopedAlertMarks(teams, alerts, { ...on, grain: 'month' }, lightPalette)).toBe(teams);
	});

	it('rings a client’s weeks on the pack’s volume bars and CSAT line', () => {
		const points = weeks.map((label, i) => ({ label, value: [40, 95, 41][i], n: 1 }));
		const client = { metric: 'volume', scope: 'client' as const, keys: ['Greenleaf Foods'], buckets: weeks, grain: 'week' as const };
		const alerts = [
			{ ...alert('volume', 'client', '2026-10-12', 95), key: 'Greenleaf Foods' },
			{ ...alert('volume', 'client', '2026-10-19', 3), key: 'Other client' },
			{ ...alert('csat', 'client', '2026-10-19', 0.41), key: 'Greenleaf Foods' }
		];
		const bars = withScopedAlertMarks(barOption(points, { format: String, dates: true }), alerts, client, lightPalette);
		expect((bars.series as Marked)[0].markPoint!.data.map((d) => d.coord)).toEqual([['2026-10-12', 95]]);
		const line = withScopedAlertMarks(lineOption(points, { format: String, percent: true, dates: true }), alerts, { ...client, metric: 'csat' }, lightPalette);
		expect((line.series as Marked)[0].markPoint!.data.map((d) => d.coord)).toEqual([['2026-10-19', 0.41]]);
	});
});
