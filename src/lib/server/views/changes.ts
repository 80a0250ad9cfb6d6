// Changes: the change-caused share and its trend, the change failure rate against DORA bands,
// the changes that caused the most incidents with a timeline each, and suspected incidents.
import type { Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import { withConnection, type Db } from '../db';
import { scopeParams } from '../metrics';
import { drilldownCount, drilldownRows, type DrilldownRow } from '../metric/drilldown';
import { metricReport, type MetricReport } from '../metric/report';
import { grainFor, scopeFromUrl, type Scope } from './common';

export interface Incident {
	ticket_id: string;
	created_at: string;
	client: string | null;
	service: string | null;
	priority: string | null;
	subject: string | null;
	hours_after_end: number | null;
}

export interface TopChange {
	change_id: string;
	service: string | null;
	client: string | null;
	outcome: string | null;
	summary: string | null;
	ended_at: string;
	incidents_caused: number;
	actual_start: string | null;
	hours: number | null;
	incidents: Incident[];
}

export interface ChangesView extends Scope {
	caused: MetricReport;
	failure: MetricReport;
	linked: number;
	suspected: DrilldownRow[];
	suspectedTotal: number;
	top: TopChange[];
}

/** The incidents one change caused, within the dimension filters (any date). */
export function changeIncidents(db: Db, access: Access, filters: Filters, changeId: string): Promise<Incident[]> {
	return withConnection(db, (conn) => conn.all<Incident>('views/change_incidents', { ...scopeParams(filters, access), change_id: changeId }));
}

export async function changesView(db: Db, access: Access, params: URLSearchParams): Promise<ChangesView> {
	const scope = await scopeFromUrl(db, access, params);
	const f = scope.filters;
	const suspectQuery = { metric: 'change_suspected' as const, part: 'numerator' as const, filters: f, access, sort: 'occurred_at' as const, dir: 'desc' as const };
	const [caused, failure, suspected, suspectedTotal] = await Promise.all([
		metricReport(db, access, 'change_caused', f, { grain: grainFor(f) }),
		metricReport(db, access, 'change_failure_rate', f),
		withConnection(db, (conn) => drilldownRows(conn, suspectQuery, 12, 0)),
		withConnection(db, (conn) => drilldownCount(conn, suspectQuery))
	]);
	const listed = ((failure.extra?.top_changes ?? []) as Omit<TopChange, 'incidents' | 'actual_start' | 'hours'>[]).slice(0, 6);
	const top = await Promise.all(
		listed.map(async (c) => {
			const [incidents, window] = await Promise.all([
				changeIncidents(db, access, f, c.change_id),
				withConnection(db, (conn) => conn.all<{ actual_start: string | null; hours: number | null }>('views/change_window', { change_id: c.change_id, allowed_clients: access.clients }))
			]);
			return { ...c, incidents, actual_start: window[0]?.actual_start ?? null, hours: window[0]?.hours ?? null };
		})
	);
	return { ...scope, caused, failure, linked: (caused.extra?.linked as number) ?? 0, suspected, suspectedTotal, top };
}
