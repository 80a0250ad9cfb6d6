// The Tickets view: the drill-down list behind any number (metric part, breakdown key,
// trend bucket, any filter, one caller), sorted and paged by the metric library's query.
import type { Access } from '../access/scope';
import { withConnection, type Db } from '../db';
import { catalog, metricNames, type MetricName } from '../metric/catalog';
import { drilldown, type DrilldownQuery, type DrilldownRow, type Part, type SortColumn } from '../metric/drilldown';
import { drilldownRequest } from '../metric/request';
import { readSettings } from '../settings';
import { normaliseScore } from '$lib/format';
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

export const windows = [7, 14, 30] as const;

/** The list's query from the URL: the metric library's drill-down with every narrowing bound. */
export interface TicketsQuery extends Scope {
	query: DrilldownQuery;
	/** The part asked for (a shorter repeat window lists the denominator narrowed to it). */
	part: Part;
	page: number;
	caller: string | null;
	within: number | null;
	change: string | null;
	score: { score: number; scale: string } | null;
}

export async function ticketsQuery(db: Db, access: Access, params: URLSearchParams): Promise<TicketsQuery> {
	const scope = await scopeFromUrl(db, access, params);
	const p = new URLSearchParams(params);
	if (!p.get('metric')) p.set('metric', 'volume');
	const req = drilldownRequest(p, scope.filters, access);
	const q = req.query;
	const caller = p.get('caller') || null;
	const asked = Number(p.get('within'));
	const within = q.metric === 'repeat_contacts' && (windows as readonly number[]).includes(asked) ? asked : null;
	const change = q.metric === 'change_caused' ? p.get('change') || null : null;
	// One score of the CSAT distribution: the parts carry the normalised score and the scale.
	const scale = p.get('scale');
	const norm = q.metric === 'csat' && scale && p.get('score') ? normaliseScore(Number(p.get('score')), scale) : null;
	const score = norm !== null ? { score: Number(p.get('score')), scale: scale! } : null;
	// A repeat within another window: the denominator's items whose value (days since the
	// caller's previous ticket) is at most the window, as repeat_within() decides.
	const shorter = within !== null && q.part === 'numerator';
	const query: DrilldownQuery = {
		...q,
		part: shorter ? 'denominator' : q.part,
		narrow: {
			...(caller ? { caller } : {}),
			...(shorter ? { maxValue: within } : {}),
			...(change ? { change } : {}),
			...(score ? { score: { scale: score.scale, normalised: norm! } } : {})
		}
	};
	return { ...scope, query, part: q.part, page: req.page, caller, within, change, score };
}

export async function ticketsView(db: Db, access: Access, params: URLSearchParams, pageSize = PAGE_SIZE): Promise<TicketsView> {
	const { query: q, part, page, caller, within, change, score, ...scope } = await ticketsQuery(db, access, params);
	const [settings, { total, rows }] = await Promise.all([
		withConnection(db, (conn) => readSettings(conn)),
		drilldown(db, q, page, pageSize)
	]);
	const info = catalog[q.metric];
	return {
		...scope,
		metric: q.metric,
		title: info.title,
		items: info.items,
		part,
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
		page,
		pageSize,
		total,
		rows,
		metrics: metricNames.map((name) => ({ name, title: catalog[name].title, duration: catalog[name].kind === 'duration' }))
	};
}
