// Team: agents and teams side by side on the manager's metrics (each with the previous
// period and a small-sample flag), and one metric's trend per team.
import type { Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import { withConnection, type Db } from '../db';
import type { MetricName } from '../metric/catalog';
import type { Grain } from '../metric/report';
import { grainFor, metricTrend, pairedBreakdown, scopeFromUrl, type Paired, type Scope, type TrendPoint } from './common';

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

async function rowsBy(db: Db, access: Access, filters: Filters, by: 'agent' | 'team'): Promise<PersonRow[]> {
	// One connection per metric: DuckDB runs a connection's queries one after another.
	const lists = await Promise.all(teamMetrics.map((m) => withConnection(db, (conn) => pairedBreakdown(conn, access, m, filters, by))));
	const maps = lists.map((l) => new Map(l.map((r) => [r.key, r])));
	return lists[0]
		.filter((r): r is Paired & { key: string } => r.key !== null)
		.map((r) => ({
			key: r.key,
			metrics: Object.fromEntries(teamMetrics.map((m, i) => [m, maps[i].get(r.key)])) as PersonRow['metrics']
		}));
}

export async function teamView(db: Db, access: Access, params: URLSearchParams): Promise<TeamView> {
	const scope = await scopeFromUrl(db, access, params);
	const asked = params.get('trend');
	const trendMetric: TrendMetric = (trendMetrics as readonly string[]).includes(asked ?? '') ? (asked as TrendMetric) : 'fcr';
	const grain = grainFor(scope.filters);
	const [agents, teams] = await Promise.all([rowsBy(db, access, scope.filters, 'agent'), rowsBy(db, access, scope.filters, 'team')]);
	// One trend per team shown, biggest teams first; a team filter leaves just that team.
	const shown = teams.slice(0, 5).map((t) => t.key);
	const trends = await withConnection(db, (conn) =>
		Promise.all(shown.map((team) => metricTrend(conn, access, trendMetric as MetricName, { ...scope.filters, team }, grain)))
	);
	return { ...scope, agents, teams, grain, trendMetric, trends: shown.map((team, i) => ({ team, points: trends[i] })) };
}
