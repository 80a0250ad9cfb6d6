// Unusual weeks on the Overview's charts: only the metric's overall alerts are marked, at
// their week and value.
import { describe, expect, it } from 'vitest';
import { fcrOption } from '../../src/lib/charts/trend';
import { lightPalette } from '../../src/lib/charts/palette';
import { withAlertMarks } from '../../src/lib/components/insights/alert-marks';
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
