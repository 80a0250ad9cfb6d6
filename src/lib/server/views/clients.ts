// Clients: every client's headline numbers against the previous period, and one client's
// meeting pack (headlines, trends, top issues, SLA by priority, CSAT, callers, our changes).
import { previousPeriod, type Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import { withConnection, type Conn, type Db } from '../db';
import { dataRange as dataRangeOf } from '../overview';
import { headlineMetrics, scopeParams, type HeadlineMetrics } from '../metrics';
import { catalog, type MetricName } from '../metric/catalog';
import { drilldownCount, drilldownRows, type DrilldownRow } from '../metric/drilldown';
import { toValue, type Grain, type MetricValue } from '../metric/report';
import { grainFor, metricTrend, pairedBreakdown, scopeFromUrl, type Paired, type Scope, type TrendPoint } from './common';
import { metricDaysSql } from '../metric-days';
import { repeatCallerList } from '../metric/repeat-callers';

const listMetrics = ['volume', 'fcr', 'csat', 'sla', 'repeat_contacts', 'change_caused'] as const;
type ListMetric = (typeof listMetrics)[number];

export interface ClientRow {
	client: string;
	metrics: Record<ListMetric, { current: MetricValue; previous: MetricValue | null }>;
}

export interface ClientsView extends Scope {
	clients: ClientRow[];
}

type WideRow = { is_current: boolean; key: string | null } & Record<string, number>;

/** One metric's numbers in a row of views/client_breakdowns.sql, as parts_breakdown_paired.sql gives them. */
const valueIn = (r: WideRow, m: ListMetric): MetricValue =>
	toValue(catalog[m].kind, {
		numerator: r[`${m}_numerator`], denominator: r[`${m}_denominator`], excluded: r[`${m}_excluded`], median: null, p90: null, mean: null
	});

export async function clientsView(db: Db, access: Access, params: URLSearchParams): Promise<ClientsView> {
	const scope = await scopeFromUrl(db, access, params);
	const f = scope.filters;
	// Every client on every metric, both periods, from the daily counts in one pass.
	const rows = await withConnection(db, async (conn) =>
		conn.allSql<WideRow>(await metricDaysSql(conn, 'views/client_breakdowns', f), { ...scopeParams(f, access), previous_from: previousPeriod(f).from })
	);
	const before = new Map(rows.filter((r) => !r.is_current).map((r) => [r.key, r]));
	const none = (kind: ListMetric): { current: MetricValue; previous: null } => ({
		current: { value: kind === 'volume' ? 0 : null, numerator: 0, denominator: 0, n: 0, excluded: 0, small_sample: true },
		previous: null
	});
	const clients = rows
		.filter((r): r is WideRow & { key: string } => r.is_current && r.key !== null)
		.map((r) => {
			const prev = before.get(r.key);
			const paired = (m: ListMetric) =>
				r[`${m}_items`] > 0 ? { key: r.key, current: valueIn(r, m), previous: prev && prev[`${m}_items`] > 0 ? valueIn(prev, m) : null } : none(m);
			return { client: r.key, metrics: Object.fromEntries(listMetrics.map((m) => [m, paired(m)])) as ClientRow['metrics'] };
		});
	return { ...scope, clients };
}

export interface RepeatCaller {
	caller_id: string;
	tickets: number;
	categories: { key: string; value: number }[] | null;
	first_at: string;
	last_at: string;
}

export interface ClientPack extends Scope {
	client: string;
	grain: Grain;
	headline: HeadlineMetrics;
	volume: TrendPoint[];
	csat: TrendPoint[];
	categories: Paired[];
	slaByPriority: Paired[];
	lowestRated: DrilldownRow[];
	callers: RepeatCaller[];
	caused: DrilldownRow[];
	causedTotal: number;
}

const rows = (access: Access, metric: MetricName, filters: Filters, part: 'numerator' | 'denominator', sort: 'value' | 'occurred_at', dir: 'asc' | 'desc') =>
	({ metric, part, filters, access, sort, dir }) as const;

export async function clientPack(db: Db, access: Access, params: URLSearchParams, client: string): Promise<ClientPack> {
	const scope = await scopeFromUrl(db, access, params);
	return packFor(db, access, scope, client);
}

/** A share link's pack: its one client, its one period, no other filter. */
export async function sharedPack(db: Db, access: Access): Promise<ClientPack> {
	const grant = access.share;
	if (!grant) throw new Error('sharedPack needs a share link’s access');
	const dataRange = await dataRangeOf(db, access);
	return packFor(db, access, { filters: { from: grant.from, to: grant.to }, dataRange }, grant.client);
}

/** One client's pack for a scope's period and filters (a share link's grant gives both). */
export async function packFor(db: Db, access: Access, scope: Scope, client: string): Promise<ClientPack> {
	const filters: Filters = { ...scope.filters, client };
	const grain = grainFor(filters);
	// One connection each: DuckDB runs a connection's statements one after another, and one
	// client's queries are small enough to leave the other core idle.
	const on = <T>(f: (conn: Conn) => Promise<T>) => withConnection(db, f);
	const [headline, ...rest] = await Promise.all([
		headlineMetrics(db, access, filters),
		on((conn) => metricTrend(conn, access, 'volume', filters, grain)),
		on((conn) => metricTrend(conn, access, 'csat', filters, grain)),
		on((conn) => pairedBreakdown(conn, access, 'volume', filters, 'category')),
		on((conn) => pairedBreakdown(conn, access, 'sla', filters, 'priority')),
		on((conn) => drilldownRows(conn, rows(access, 'csat', filters, 'denominator', 'value', 'asc'), 6, 0)),
		on((conn) => repeatCallerList(conn, access, filters, 10).then((r) => r.callers)),
		on((conn) => drilldownRows(conn, rows(access, 'change_caused', filters, 'numerator', 'occurred_at', 'desc'), 15, 0)),
		on((conn) => drilldownCount(conn, rows(access, 'change_caused', filters, 'numerator', 'occurred_at', 'desc')))
	] as const);
	const [volume, csat, categories, slaByPriority, lowestRated, callers, caused, causedTotal] = rest;
	return {
		dataRange: scope.dataRange,
		filters,
		client,
		grain,
		headline,
		volume,
		csat,
		categories: categories.filter((c) => c.key !== null).slice(0, 8),
		slaByPriority: slaByPriority.sort((a, b) => String(a.key).localeCompare(String(b.key))),
		lowestRated,
		callers,
		caused,
		causedTotal
	};
}
