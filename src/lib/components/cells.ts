// Table-cell helpers shared by the dashboards: a metric value with its delta against the
// previous period, formatted the same way as the KPI tiles.
import type { MetricValue } from '$lib/server/metric/report';
import { formatCount, formatDelta, formatHours, formatPercent, type Polarity } from '$lib/format';

export type Shape = 'rate' | 'count' | 'hours';

export interface Pair {
	current: MetricValue;
	previous: MetricValue | null;
}

export function show(v: number | null | undefined, shape: Shape): string {
	if (v === null || v === undefined) return '—';
	return shape === 'rate' ? formatPercent(v) : shape === 'hours' ? formatHours(v) : formatCount(v);
}

/** "▲ +2.1 pp", toned good or bad for the metric; null when there is nothing to compare. */
export function deltaSub(pair: Pair | undefined, shape: Shape, polarity: Polarity): { text: string; tone: 'good' | 'bad' | 'neutral' } | null {
	if (!pair?.previous) return null;
	const d = formatDelta(pair.current.value, pair.previous.value, shape === 'rate' ? 'points' : 'relative', polarity);
	if (!d.text) return null;
	const arrow = d.direction === 'up' ? '▲ ' : d.direction === 'down' ? '▼ ' : '';
	return { text: arrow + d.text, tone: d.tone };
}

/** Too few items behind a rate to trust it (the metric library's flag). */
export const small = (pair: Pair | undefined): boolean => !!pair && pair.current.value !== null && pair.current.small_sample;
