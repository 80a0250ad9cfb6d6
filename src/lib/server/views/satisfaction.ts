// Satisfaction: CSAT against the previous period, its trend and score distribution, by
// team, channel and client, CSAT of FCR vs non-FCR tickets, and the lowest-rated tickets.
import { previousPeriod, type Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import { withConnection, type Conn, type Db } from '../db';
import { scopeParams } from '../metrics';
import { drilldownRows, type DrilldownRow } from '../metric/drilldown';
import { metricReport, type MetricReport, type MetricValue } from '../metric/report';
import { allClientsSummaryAnswers } from '../metric-days';
import { grainFor, pairByKey, rateValue, scopeFromUrl, type Paired, type Scope } from './common';

export interface CsatExtra {
	mean: number | null;
	distribution: { scale: string; score: number; responses: number }[];
	response_rate: MetricValue;
	by_fcr: (MetricValue & { key: string | null })[];
}

export interface SatisfactionView extends Scope {
	report: MetricReport;
	extra: CsatExtra;
	byTeam: Paired[];
	byChannel: Paired[];
	byClient: Paired[];
	lowest: DrilldownRow[];
}

type Dimension = 'team' | 'channel' | 'client';
type BreakdownRow = { is_current: boolean; dimension: Dimension; key: string | null; numerator: number; denominator: number; excluded: number };

/**
 * CSAT by team, channel and client, both periods, as pairedBreakdown pairs them: from one scan
 * (views/satisfaction_breakdowns.sql), or with no filter from the stored drivers' summary
 * (views/satisfaction_breakdowns_stored.sql; at 10M tickets a year's scan took ~390 ms).
 */
async function csatBreakdowns(conn: Conn, access: Access, f: Filters): Promise<Record<Dimension, Paired[]>> {
	const name = (await allClientsSummaryAnswers(conn, f, access.clients)) ? 'views/satisfaction_breakdowns_stored' : 'views/satisfaction_breakdowns';
	const rows = await conn.all<BreakdownRow>(name, { ...scopeParams(f, access), previous_from: previousPeriod(f).from });
	const paired = (by: Dimension): Paired[] => {
		const of = rows.filter((r) => r.dimension === by);
		return pairByKey(of.filter((r) => r.is_current), of.filter((r) => !r.is_current), rateValue);
	};
	return { team: paired('team'), channel: paired('channel'), client: paired('client') };
}

export async function satisfactionView(db: Db, access: Access, params: URLSearchParams): Promise<SatisfactionView> {
	const scope = await scopeFromUrl(db, access, params);
	const f = scope.filters;
	const [report, rest] = await Promise.all([
		metricReport(db, access, 'csat', f, { grain: grainFor(f) }),
		withConnection(db, (conn) =>
			Promise.all([
				csatBreakdowns(conn, access, f),
				drilldownRows(conn, { metric: 'csat', part: 'denominator', filters: f, access, sort: 'value', dir: 'asc' }, 10, 0)
			])
		)
	]);
	const [{ team: byTeam, channel: byChannel, client: byClient }, lowest] = rest;
	return { ...scope, report, extra: report.extra as unknown as CsatExtra, byTeam, byChannel, byClient, lowest };
}
