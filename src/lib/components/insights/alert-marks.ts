// Unusual weeks marked on a weekly trend chart: a ringed point on each overall alert's week,
// so the chart shows what the alert list says.
import type { Palette } from '$lib/charts/palette';
import type { TrendOption } from '$lib/charts/trend';
import type { Alert, AlertMetric } from '$lib/server/insights/alerts';

/** The option with its first series marking the overall alerts of one metric. */
export function withAlertMarks(option: TrendOption, alerts: Alert[] | undefined, metric: AlertMetric, p: Palette): TrendOption {
	const marks = (alerts ?? []).filter((a) => a.metric === metric && a.scope === 'all');
	if (marks.length === 0 || !Array.isArray(option.series)) return option;
	const [first, ...rest] = option.series;
	return {
		...option,
		series: [
			{
				...first,
				markPoint: {
					silent: true,
					symbol: 'circle',
					symbolSize: 14,
					itemStyle: { color: 'transparent', borderColor: p.warning, borderWidth: 2 },
					label: { show: false },
					data: marks.map((a) => ({ name: a.sentence, coord: [a.week, a.value] }))
				}
			} as (typeof option.series)[number],
			...rest
		]
	};
}
