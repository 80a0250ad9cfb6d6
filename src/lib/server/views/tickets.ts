// The Tickets view: the drill-down list behind any number (metric part, breakdown key,
// trend bucket, any filter, one caller), sorted and paged by the metric library's query.
import type { Access } from '../access/scope';
import { withConnection, type Db } from '../db';
import { catalog, metricNames, type MetricName } from '../metric/catalog';
import { drilldown, drilldownRows, type DrilldownRow, type Part, type SortColumn } from '../metric/drilldown';
import { drilldownRequest } from '../metric/request';
import { readSettings } from '../settings';
import { normaliseScore } from '$lib/format';
import { changeIncidents } from './changes';
import { scopeFromUrl, type Scope } from './common';

export const PAGE_SIZE = 50;

export interface TicketsView extends Scope {
	metric: MetricName;
	title: string;
	items: 'tickets' | 'changes';
	part: Part;
	summary: string;
	/** What "counted" means for this metric's numerator, for the list's marker column. */
	counted: string;
	by: string | null;
	key: string | null;
	bucket: string | null;
	grain: string | null;
	caller: string | null;
	/** Repeat contacts within this many days instead of the setting's window. */
	within: number | null;
	/** The incidents one change caused. */
	change: string | null;
	/** CSAT responses of one score on one scale (a bar of the distribution). */
	score: { score: number; scale: string } | null;
	sort: SortColumn;
	dir: 'asc' | 'desc';
	page: number;
	pageSize: number;
	total: number;
	rows: DrilldownRow[];
	/** Every metric the list can show the parts of, for the picker. */
	metrics: { name: MetricName; title: string; duration: boolean }[];
}

// Short names of each metric's numerator, for the marker column of a denominator list.
const countedLabels: Partial<Record<MetricName, string>> = {
	fcr: 'FCR', net_fcr: 'Net FCR', repeat_contacts: 'Repeat', same_issue_repeats: 'Same-issue repeat',
	repeat_callers: 'Repeat caller', change_caused: 'Caused by change', change_linked: 'Linked to change',
	change_suspected: 'Suspected', change_failure_rate: 'Caused incidents', csat: 'Satisfied',
	csat_response_rate: 'Responded', sla: 'Met SLA', reopen_rate: 'Reopened', reassignment_rate: 'Reassigned'
};

// One caller's tickets, or repeat contacts within another window than the setting's: the
// drill-down query has neither, so its list is narrowed here (a period's tickets, not millions).
const SCAN_LIMIT = 200_000;
export const windows = [7, 14, 30] as const;

export async function ticketsView(db: Db, access: Access, params: URLSearchParams, pageSize = PAGE_SIZE): Promise<TicketsView> {
	const scope = await scopeFromUrl(db, access, params);
	const p = new URLSearchParams(params);
	if (!p.get('metric')) p.set('metric', 'volume');
	const req = drilldownRequest(p, scope.filters, access);
	const q = req.query;
	const caller = p.get('caller') || null;
	const asked = Number(p.get('within'));
	const within = q.metric === 'repeat_contacts' && (windows as readonly number[]).includes(asked) ? asked : null;
	const change = q.metric === 'change_caused' ? p.get('change') || null : null;
	// The drill-down rows do not name their change, so the change's own incident list decides.
	const ids = change ? new Set((await changeIncidents(db, access, scope.filters, change)).map((i) => i.ticket_id)) : null;
	// One score of the CSAT distribution: the rows carry the normalised score and the scale.
	const scale = p.get('scale');
	const norm = q.metric === 'csat' && scale && p.get('score') ? normaliseScore(Number(p.get('score')), scale) : null;
	const score = norm !== null ? { score: Number(p.get('score')), scale: scale! } : null;
	const settings = await withConnection(db, (conn) => readSettings(conn));
	let total: number;
	let rows: DrilldownRow[];
	if (caller || within || ids || score) {
		// A repeat within the window: the denominator's rows whose value (days since the
		// caller's previous ticket) is at most the window, as repeat_within() decides.
		const scan = within && q.part === 'numerator' ? { ...q, part: 'denominator' as const } : q;
		const all = await withConnection(db, (conn) => drilldownRows(conn, scan, SCAN_LIMIT, 0));
		const mine = all.filter(
			(r) =>
				(!caller || r.caller_id === caller) &&
				(!ids || ids.has(r.item_id)) &&
				(!score || (r.basis === score.scale && r.value !== null && Math.abs(r.value - norm!) < 1e-9)) &&
				(!within || scan === q || (r.value !== null && r.value <= within))
		);
		total = mine.length;
		rows = mine.slice((req.page - 1) * pageSize, req.page * pageSize);
	} else {
		const result = await drilldown(db, q, req.page, pageSize);
		total = result.total;
		rows = result.rows;
	}
	const info = catalog[q.metric];
	return {
		...scope,
		metric: q.metric,
		title: info.title,
		items: info.items,
		part: q.part,
		summary: info.summary(settings),
		counted: countedLabels[q.metric] ?? 'Counted',
		by: q.by ?? null,
		key: q.key ?? null,
		bucket: q.bucket ?? null,
		grain: q.grain ?? null,
		caller,
		within,
		change,
		score,
		sort: q.sort,
		dir: q.dir,
		page: req.page,
		pageSize,
		total,
		rows,
		metrics: metricNames.map((name) => ({ name, title: catalog[name].title, duration: catalog[name].kind === 'duration' }))
	};
}
