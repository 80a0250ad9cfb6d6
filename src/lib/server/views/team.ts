// Team: agents and teams side by side on the manager's metrics (each with the previous
// period and a small-sample flag), and one metric's trend per team.
import { previousPeriod, type Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import { withConnection, type Db } from '../db';
import { scopeParams } from '../metrics';
import { catalog } from '../metric/catalog';
import { partsParams, toValue, type Grain, type MetricValue } from '../metric/report';
import { partsSql } from '../metric/parts-sql';
import { allClientsSummaryAnswers } from '../metric-days';
import { sqlText } from '../sql';
import { grainFor, scopeFromUrl, type Paired, type Scope, type TrendPoint } from './common';

export const teamMetrics = ['volume', 'fcr', 'csat', 'resolution_time', 'reopen_rate', 'reassignment_rate', 'sla'] as const;
export type TeamMetric = (typeof teamMetrics)[number];

/** Metrics the per-team trend can show (allow-list for the URL's `trend`). */
export const trendMetrics = ['fcr', 'csat', 'sla', 'volume', 'resolution_time'] as const;
export type TrendMetric = (typeof trendMetrics)[number];

export interface PersonRow {
	key: string;
	metrics: Record<TeamMetric, Omit<Paired, 'key'> | undefined>;
}

export interface TeamView extends Scope {
	agents: PersonRow[];
	teams: PersonRow[];
	grain: Grain;
	trendMetric: TrendMetric;
	trends: { team: string; points: TrendPoint[] }[];
}

type MetricAggregate = Parameters<typeof toValue>[1];
type WideRow = { is_current: boolean; dimension: 'agent' | 'team'; key: string | null } & Record<string, number | null>;

/** One metric's numbers in a row of views/team_breakdowns.sql, as parts_breakdown_paired.sql gives them. */
function valueIn(r: WideRow, m: TeamMetric): MetricValue {
	return toValue(catalog[m].kind, {
		numerator: r[`${m}_numerator`] as number,
		denominator: r[`${m}_denominator`] as number,
		excluded: r[`${m}_excluded`] as number,
		median: m === 'resolution_time' ? r.resolution_time_median : null,
		p90: m === 'resolution_time' ? r.resolution_time_p90 : null,
		mean: null
	});
}

/**
 * From this many resolution times in both periods, the Team view finds their medians and p90s
 * from the stored bins per month (summary/setup/team_resolution_spread_stored.sql) rather than
 * with quantile_cont (team_resolution_spread_counted.sql). Since the bins' values are read from
 * resolution_values, the Team view's rows, ms, bins against quantile_cont, in-process: 1M tickets
 * 74-90/126-140 a year (~1M items), 91-111/87-93 for 90 days (~0.5M). Reading them from the
 * tickets' parts it paid only from ~3M (3.8M tickets: 350/540 ms a year).
 */
export const TEAM_SPREAD_BINS_FROM_ITEMS = 600_000;

/**
 * Agents and teams on every metric, both periods, from one scan (views/team_breakdowns.sql),
 * or with the counts from the stored Team summary where it answers (team_breakdowns_stored.sql),
 * and there the resolution time's bins too for periods of many items (binsFromItems).
 */
export async function teamRows(db: Db, access: Access, filters: Filters, binsFromItems = TEAM_SPREAD_BINS_FROM_ITEMS): Promise<Record<'agent' | 'team', PersonRow[]>> {
	const rows = await withConnection(db, async (conn) => {
		const stored = await allClientsSummaryAnswers(conn, filters, access.clients, ['team', 'agent']);
		const params = { ...scopeParams(filters, access), previous_from: previousPeriod(filters).from };
		if (!stored) return conn.all<WideRow>('views/team_breakdowns', params);
		const [{ items }] = await conn.all<{ items: number }>('views/team_resolution_items', params);
		const fromBins = items >= binsFromItems;
		const text = sqlText('views/team_breakdowns_stored').replaceAll('{{team_resolution_spread}}', fromBins ? 'team_resolution_spread_stored' : 'team_resolution_spread_counted');
		if (!fromBins) return conn.allSql<WideRow>(text, params);
		// Joins keep the side the SQL puts on the right as the one hashed: DuckDB misjudged the few
		// hundred bins the spread reads as millions and hashed the period's tickets instead (10M
		// tickets, a year: ~1.8 s against ~0.6).
		await conn.runSql("SET disabled_optimizers = 'build_side_probe_side'");
		try {
			return await conn.allSql<WideRow>(text, params);
		} finally {
			await conn.runSql('RESET disabled_optimizers');
		}
	});
	const rowsBy = (by: 'agent' | 'team'): PersonRow[] => {
		const of = rows.filter((r) => r.dimension === by);
		const before = new Map(of.filter((r) => !r.is_current).map((r) => [r.key, r]));
		// The volume breakdown's order: most tickets first (every key has tickets).
		return of
			.filter((r): r is WideRow & { key: string } => r.is_current && r.key !== null)
			.map((r) => {
				const prev = before.get(r.key);
				const metrics = Object.fromEntries(
					teamMetrics.map((m) => [
						m,
						(r[`${m}_items`] as number) > 0
							? { key: r.key, current: valueIn(r, m), previous: prev && (prev[`${m}_items`] as number) > 0 ? valueIn(prev, m) : null }
							: undefined
					])
				);
				return { key: r.key, metrics: metrics as PersonRow['metrics'] };
			});
	};
	return { agent: rowsBy('agent'), team: rowsBy('team') };
}

/**
 * The trend metric per team shown, from one statement (views/team_trends.sql), as metricTrend
 * gives each; a rate's or count's from the stored Team summary where it answers (team_trends_stored.sql).
 */
export async function teamTrends(db: Db, access: Access, filters: Filters, metric: TrendMetric, grain: Grain, shown: string[]): Promise<TeamView['trends']> {
	if (shown.length === 0) return [];
	const kind = catalog[metric].kind;
	const rows = await withConnection(db, async (conn) => {
		const params = { ...partsParams(metric, filters, access), grain, teams: shown };
		const stored = kind !== 'duration' && (await allClientsSummaryAnswers(conn, filters, access.clients, ['team', 'agent']));
		const sql = stored ? sqlText('views/team_trends_stored') : partsSql('views/team_trends', metric);
		return conn.allSql<MetricAggregate & { team: string; bucket: string }>(sql, params);
	});
	return shown.map((team) => ({ team, points: rows.filter((r) => r.team === team).map((r) => ({ bucket: r.bucket, ...toValue(kind, r) })) }));
}

export async function teamView(db: Db, access: Access, params: URLSearchParams): Promise<TeamView> {
	const scope = await scopeFromUrl(db, access, params);
	const asked = params.get('trend');
	const trendMetric: TrendMetric = (trendMetrics as readonly string[]).includes(asked ?? '') ? (asked as TrendMetric) : 'fcr';
	const grain = grainFor(scope.filters);
	const { agent: agents, team: teams } = await teamRows(db, access, scope.filters);
	// One trend per team shown, biggest teams first; a team filter leaves just that team.
	const shown = teams.slice(0, 5).map((t) => t.key);
	return { ...scope, agents, teams, grain, trendMetric, trends: await teamTrends(db, access, scope.filters, trendMetric, grain, shown) };
}
