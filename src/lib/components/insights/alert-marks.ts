// Unusual weeks marked on a weekly trend chart: a ringed point on each alert's week (overall on
// the Overview, per team on the Team page, per client in the pack), so the chart shows what the alert list says.
import type { Palette } from '$lib/charts/palette';
import type { Grain } from '$lib/server/metric/report';
import type { Alert, AlertMetric } from '$lib/server/insights/alerts';

/** Any ECharts option whose series is a list (the trend and basic builders' options). */
type WithSeries = { series?: unknown };

const ring = (marks: Alert[], p: Palette) => ({
	silent: true,
	symbol: 'circle',
	symbolSize: 14,
	itemStyle: { color: 'transparent', borderColor: p.warning, borderWidth: 2 },
	label: { show: false },
	data: marks.map((a) => ({ name: a.sentence, coord: [a.week, a.value] }))
});

/** The option with series j ringed at marksPerSeries[j]; unchanged when there is nothing to mark. */
export function withMarks<O extends WithSeries>(option: O, marksPerSeries: Alert[][], p: Palette): O {
	if (!Array.isArray(option.series) || marksPerSeries.every((m) => m.length === 0)) return option;
	const series = option.series.map((s, j) => (marksPerSeries[j]?.length ? { ...s, markPoint: ring(marksPerSeries[j], p) } : s));
	return { ...option, series };
}

/** The option with its first series marking the overall alerts of one metric. */
export function withAlertMarks<O extends WithSeries>(option: O, alerts: Alert[] | undefined, metric: AlertMetric, p: Palette): O {
	return withMarks(option, [(alerts ?? []).filter((a) => a.metric === metric && a.scope === 'all')], p);
}

export interface ScopedMarks {
	/** The chart's metric: a metric without alerts (resolution time) marks nothing. */
	metric: string;
	scope: 'team' | 'client';
	/** The team or client each series draws, in series order. */
	keys: string[];
	/** The chart's buckets: a week the chart does not draw is not ringed in the air. */
	buckets: string[];
	/** Alerts are weekly: a daily or monthly chart has no point that is their week. */
	grain: Grain;
}

/** The alerts a chart rings, per series: those of team or client keys[j], on a weekly chart only. */
export function scopedMarks(alerts: Alert[] | undefined, on: ScopedMarks): Alert[][] {
	if (on.grain !== 'week') return on.keys.map(() => []);
	const drawn = new Set(on.buckets);
	const mine = (alerts ?? []).filter((a) => a.metric === on.metric && a.scope === on.scope && drawn.has(a.week));
	return on.keys.map((key) => mine.filter((a) => a.key === key));
}

/** Series j ringed at the alerts of team or client keys[j], on a weekly chart only. */
export function withScopedAlertMarks<O extends WithSeries>(option: O, alerts: Alert[] | undefined, on: ScopedMarks, p: Palette): O {
	return withMarks(option, scopedMarks(alerts, on), p);
}

/** The chart's words for screen readers: a canvas ring says nothing by itself. */
export const ringedWords = (marks: Alert[][]): string =>
	marks.flat().length ? ` Ringed, unusual weeks: ${marks.flat().map((a) => a.sentence).join(' ')}` : '';
