// The Overview: headline metrics with the previous period, and one weekly series per
// KPI tile (seven from the daily counts, repeat callers its own), which also feeds the four weekly charts.
import type { Filters } from '$lib/filters';
import type { DataRange } from '$lib/presets';
import type { Access } from '../access/scope';
import { withConnection, type Conn, type Db } from '../db';
import { headlineMetrics, scopeParams, type HeadlineMetrics } from '../metrics';
import { catalog, type MetricName } from '../metric/catalog';
import { toValue, trend } from '../metric/report';
import { filtersFromUrl, type TrendRow } from '../overview';
import { metricDaysSql, allClientsSummarySql } from '../metric-days';

const sparkMetrics: MetricName[] = ['fcr', 'csat', 'repeat_contacts', 'change_caused', 'sla', 'resolution_time', 'volume', 'repeat_callers'];

export interface OverviewView {
	filters: Filters;
	dataRange: DataRange;
	metrics: HeadlineMetrics;
	trend: TrendRow[];
	sparks: Record<string, (number | null)[]>;
}

type Series = Awaited<ReturnType<typeof trend>>;
type WideRow = { bucket: string } & Record<string, number | null>;

// Repeat callers are counted per period (a caller's tickets in it), so they keep their own trend.
const wideMetrics: readonly MetricName[] = sparkMetrics.filter((m) => m !== 'repeat_callers');

/** Seven KPIs' weekly numbers (views/overview_trends.sql): counts and resolution-time bins from the stored summaries where they answer. */
const weeklyTrends = async (conn: Conn, access: Access, filters: Filters) =>
	conn.allSql<WideRow>(await allClientsSummarySql(conn, await metricDaysSql(conn, 'views/overview_trends', filters), filters, access.clients), {
		...scopeParams(filters, access),
		grain: 'week'
	});

/** One metric's bucket of the wide series, as metric/report.ts trend() gives it. */
function pointOf(row: WideRow, m: MetricName): Series[number] {
	if (!wideMetrics.includes(m)) throw new Error(`${m} is not in views/overview_trends.sql`);
	return {
		bucket: row.bucket,
		numerator: row[`${m}_numerator`] as number,
		denominator: row[`${m}_denominator`] as number,
		excluded: row[`${m}_excluded`] as number,
		median: m === 'resolution_time' ? row.resolution_time_median : null,
		p90: m === 'resolution_time' ? row.resolution_time_p90 : null,
		mean: null
	};
}

export async function overviewView(db: Db, access: Access, params: URLSearchParams): Promise<OverviewView> {
	const { filters, range } = await filtersFromUrl(db, access, params);
	// A connection each: DuckDB runs one connection's statements one after another.
	const [metrics, weeklyRows, repeatTrend] = await Promise.all([
		headlineMetrics(db, access, filters),
		withConnection(db, (conn) => weeklyTrends(conn, access, filters)),
		withConnection(db, (conn) => trend(conn, access, 'repeat_callers', filters, 'week'))
	] as const);
	const bySeries = new Map<MetricName, Series>(sparkMetrics.map((m) => [m, m === 'repeat_callers' ? repeatTrend : weeklyRows.map((row) => pointOf(row, m))]));
	const of = (m: MetricName): Series => bySeries.get(m)!;
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
		sparkMetrics.map((m) => [m, of(m).map((r) => toValue(catalog[m].kind, r).value)])
	);
	return { filters, dataRange: range, metrics, trend: chartRows, sparks };
}
