// The Overview: the existing headline metrics and weekly trends, plus one weekly series per
// KPI tile for its sparkline (the metric library's trend of the same metric).
import type { Db } from '../db';
import { withConnection } from '../db';
import { overview, type OverviewData } from '../overview';
import type { MetricName } from '../metric/catalog';
import { metricTrend } from './common';

const sparkMetrics: MetricName[] = ['fcr', 'csat', 'repeat_contacts', 'change_caused', 'sla', 'resolution_time', 'volume', 'repeat_callers'];

export type OverviewView = OverviewData & { sparks: Record<string, (number | null)[]> };

export async function overviewView(db: Db, params: URLSearchParams): Promise<OverviewView> {
	const base = await overview(db, params);
	const series = await withConnection(db, (conn) =>
		Promise.all(sparkMetrics.map((m) => metricTrend(conn, m, base.filters, 'week')))
	);
	return { ...base, sparks: Object.fromEntries(sparkMetrics.map((m, i) => [m, series[i].map((r) => r.value)])) };
}
