// The Overview: headline metrics with the previous period, and one weekly series per
// KPI tile (the metric library's trend), which also feeds the four weekly charts.
import type { Filters } from '$lib/filters';
import type { DataRange } from '$lib/presets';
import type { Access } from '../access/scope';
import { withConnection, type Db } from '../db';
import { headlineMetrics, type HeadlineMetrics } from '../metrics';
import { catalog, type MetricName } from '../metric/catalog';
import { toValue, trend } from '../metric/report';
import { filtersFromUrl, type TrendRow } from '../overview';

const sparkMetrics: MetricName[] = ['fcr', 'csat', 'repeat_contacts', 'change_caused', 'sla', 'resolution_time', 'volume', 'repeat_callers'];

export interface OverviewView {
	filters: Filters;
	dataRange: DataRange;
	metrics: HeadlineMetrics;
	trend: TrendRow[];
	sparks: Record<string, (number | null)[]>;
}

export async function overviewView(db: Db, access: Access, params: URLSearchParams): Promise<OverviewView> {
	const { filters, range } = await filtersFromUrl(db, access, params);
	const [metrics, weekly] = await Promise.all([
		headlineMetrics(db, access, filters),
		withConnection(db, (conn) => Promise.all(sparkMetrics.map((m) => trend(conn, access, m, filters, 'week'))))
	]);
	const of = (m: MetricName) => weekly[sparkMetrics.indexOf(m)];
	// Every metric's trend has the same weeks (empty ones included), so rows line up by index.
	const chartRows: TrendRow[] = of('volume').map((week, i) => ({
		bucket: week.bucket,
		tickets: week.numerator,
		fcr_numerator: of('fcr')[i].numerator,
		fcr_denominator: of('fcr')[i].denominator,
		csat_satisfied: of('csat')[i].numerator,
		csat_responses: of('csat')[i].denominator,
		change_caused: of('change_caused')[i].numerator
	}));
	const sparks = Object.fromEntries(
		sparkMetrics.map((m, i) => [m, weekly[i].map((r) => toValue(catalog[m].kind, r).value)])
	);
	return { filters, dataRange: range, metrics, trend: chartRows, sparks };
}
