// Satisfaction: CSAT against the previous period, its trend and score distribution, by
// team, channel and client, CSAT of FCR vs non-FCR tickets, and the lowest-rated tickets.
import type { Access } from '../access/scope';
import { withConnection, type Db } from '../db';
import { drilldownRows, type DrilldownRow } from '../metric/drilldown';
import { metricReport, type MetricReport, type MetricValue } from '../metric/report';
import { grainFor, pairedBreakdown, scopeFromUrl, type Paired, type Scope } from './common';

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

export async function satisfactionView(db: Db, access: Access, params: URLSearchParams): Promise<SatisfactionView> {
	const scope = await scopeFromUrl(db, access, params);
	const f = scope.filters;
	const [report, rest] = await Promise.all([
		metricReport(db, access, 'csat', f, { grain: grainFor(f) }),
		withConnection(db, (conn) =>
			Promise.all([
				pairedBreakdown(conn, access, 'csat', f, 'team'),
				pairedBreakdown(conn, access, 'csat', f, 'channel'),
				pairedBreakdown(conn, access, 'csat', f, 'client'),
				drilldownRows(conn, { metric: 'csat', part: 'denominator', filters: f, access, sort: 'value', dir: 'asc' }, 10, 0)
			])
		)
	]);
	const [byTeam, byChannel, byClient, lowest] = rest;
	return { ...scope, report, extra: report.extra as unknown as CsatExtra, byTeam, byChannel, byClient, lowest };
}
