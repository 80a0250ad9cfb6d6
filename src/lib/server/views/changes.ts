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

/** The incidents each of these changes caused, within the dimension filters (any date), by change. */
async function changeIncidents(db: Db, access: Access, filters: Filters, changeIds: string[]): Promise<Map<string, Incident[]>> {
	const rows = await withConnection(db, (conn) => conn.all<Incident & { change_id: string }>('views/change_incidents', { ...scopeParams(filters, access), change_ids: changeIds }));
	const byChange = new Map<string, Incident[]>(changeIds.map((id) => [id, []]));
	for (const { change_id, ...incident } of rows) byChange.get(change_id)?.push(incident);
	return byChange;
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
	const ids = listed.map((c) => c.change_id);
	const [incidents, windows] = ids.length
		? await Promise.all([
				changeIncidents(db, access, f, ids),
				withConnection(db, (conn) =>
					conn.all<{ change_id: string; actual_start: string | null; hours: number | null }>('views/change_window', { change_ids: ids, allowed_clients: access.clients })
				)
			])
		: [new Map<string, Incident[]>(), []];
	const top = listed.map((c) => {
		const window = windows.find((w) => w.change_id === c.change_id);
		return { ...c, incidents: incidents.get(c.change_id) ?? [], actual_start: window?.actual_start ?? null, hours: window?.hours ?? null };
	});
	return { ...scope, caused, failure, linked: (caused.extra?.linked as number) ?? 0, suspected, suspectedTotal, top };
}
