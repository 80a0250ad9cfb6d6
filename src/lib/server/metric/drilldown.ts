// The exact tickets (or changes) behind any metric number: the same parts as the number,
// narrowed to a part, a breakdown key and a trend bucket; paged, sorted, or as CSV.
import { addDays, type Filters } from '$lib/filters';
import { csvLine } from '$lib/components/csv';
import type { Access } from '../access/scope';
import { streamRows, withConnection, type Conn, type Db, type Params } from '../db';
import { catalog, type BreakdownDimension, type MetricName } from './catalog';
import { partsParams, storedTrendMetrics, type Grain } from './report';
import { metricDaysAnswer } from '../metric-days';
import { sqlText } from '../sql';
import { partsSql } from './parts-sql';

export const parts = ['numerator', 'denominator', 'excluded'] as const;
export type Part = (typeof parts)[number];

export const sortColumns = ['occurred_at', 'value', 'item_id', 'caller_id', 'client', 'team', 'agent', 'channel', 'priority', 'category', 'status'] as const;
export type SortColumn = (typeof sortColumns)[number];

export interface DrilldownQuery {
	metric: MetricName;
	part: Part;
	filters: Filters;
	/** Who asks: the items are only those of the clients they may see. */
	access: Access;
	/** A breakdown row: the dimension and its key (null = the row of items without a value). */
	by?: BreakdownDimension;
	key?: string | null;
	/** A trend bucket: its grain and first day (YYYY-MM-DD). */
	grain?: Grain;
	bucket?: string;
	sort: SortColumn;
	dir: 'asc' | 'desc';
	/** Narrowings of the list, each a bound parameter of the drill-down and count queries. */
	narrow?: Narrowing;
}

export interface Narrowing {
	/** One caller's items. */
	caller?: string;
	/** Items whose value is at most this (a repeat within a shorter window: days since the previous ticket). */
	maxValue?: number;
	/** The incidents one change caused (explicit link). */
	change?: string;
	/** CSAT responses of one score on one scale (the score normalised to 0..1). */
	score?: { scale: string; normalised: number };
}

export interface DrilldownRow {
	item_id: string;
	occurred_at: string;
	caller_id: string | null;
	client: string | null;
	team: string | null;
	agent: string | null;
	channel: string | null;
	priority: string | null;
	category: string | null;
	service: string | null;
	status: string | null;
	subject: string | null;
	fcr_group: string | null;
	basis: string | null;
	in_numerator: boolean;
	in_denominator: boolean;
	excluded: string | null;
	value: number | null;
}

export interface DrilldownPage {
	metric: MetricName;
	part: Part;
	items: 'tickets' | 'changes';
	total: number;
	page: number;
	page_size: number;
	rows: DrilldownRow[];
}

export class DrilldownError extends Error {}

/** The month after a YYYY-MM-DD date (day clamped is never needed: buckets start on the 1st). */
const addMonth = (d: string): string => {
	const [y, m] = d.split('-').map(Number);
	return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

export function bucketEnd(bucket: string, grain: Grain): string {
	return grain === 'day' ? addDays(bucket, 1) : grain === 'week' ? addDays(bucket, 7) : addMonth(bucket);
}

/** The bound parameters of the drill-down queries for a query (the page's limit and offset apart). */
export function drilldownParams(q: DrilldownQuery): Params {
	if (q.part === 'numerator' && catalog[q.metric].kind === 'duration') {
		throw new DrilldownError(`${q.metric} is a duration: it has no numerator; ask for part=denominator or part=excluded`);
	}
	let filters = q.filters;
	let bucket: string | null = q.bucket ?? null;
	// A backlog bucket is the stock open at the bucket's end: the backlog of a period ending there.
	if (q.metric === 'backlog' && q.bucket && q.grain) {
		const end = bucketEnd(q.bucket, q.grain);
		filters = { ...filters, to: end < filters.to ? end : filters.to };
		bucket = null;
	}
	return {
		...partsParams(q.metric, filters, q.access),
		part: q.part,
		by: q.by ?? null,
		key: q.key ?? null,
		key_is_null: q.by !== undefined && q.key === null,
		grain: q.grain ?? 'day',
		bucket,
		sort: q.sort,
		dir: q.dir,
		caller: q.narrow?.caller ?? null,
		max_value: q.narrow?.maxValue ?? null,
		change_id: q.narrow?.change ?? null,
		score_scale: q.narrow?.score?.scale ?? null,
		score_value: q.narrow?.score?.normalised ?? null
	};
}

/**
 * How many items the drill-down lists: for a whole period's part with no key, bucket or narrowing,
 * summed from the stored daily summary where it answers (metrics/drilldown_count_stored.sql), else
 * counted from the parts with every narrowing bound (metrics/drilldown_count.sql).
 */
export async function drilldownCount(conn: Conn, q: DrilldownQuery): Promise<number> {
	const params = drilldownParams(q);
	const stored = isWholePeriod(q) && storedTrendMetrics.includes(q.metric) && (await metricDaysAnswer(conn, q.filters));
	const [row] = await conn.allSql<{ total: number }>(stored ? sqlText('metrics/drilldown_count_stored') : partsSql('metrics/drilldown_count', q.metric), params);
	return row.total;
}

// Metrics whose parts come from a window over other items (routines/ticket_parts/): a page of
// them is sorted whole (metrics/drilldown.sql), since a second pass would work the window out again.
const windowedParts: readonly MetricName[] = ['repeat_callers'];

// async, so a refused query rejects like drilldownCount rather than throwing inside Promise.all's array.
export async function drilldownRows(conn: Conn, q: DrilldownQuery, limit: number, offset: number): Promise<DrilldownRow[]> {
	const name = windowedParts.includes(q.metric) ? 'metrics/drilldown' : 'metrics/drilldown_page';
	const params = drilldownParams(q);
	return conn.allSql<DrilldownRow>(partsSql(name, q.metric), { ...params, ...(await pageDays(conn, q, params, limit + offset)), limit, offset });
}

/**
 * A whole period's page sorted by time, where the stored daily counts answer: only the days it
 * lies in (metrics/drilldown_page_days.sql), so its items are picked from those days' tickets
 * rather than sorted from all of the period's. The rows are the same: whole days are kept, and
 * a ticket's parts do not depend on the period asked. Else the period as asked.
 */
async function pageDays(conn: Conn, q: DrilldownQuery, params: Params, needed: number): Promise<{ from?: string; to?: string }> {
	if (q.sort !== 'occurred_at' || windowedParts.includes(q.metric) || !isWholePeriod(q) || !storedTrendMetrics.includes(q.metric)) return {};
	if (!(await metricDaysAnswer(conn, q.filters))) return {};
	const [{ day }] = await conn.allSql<{ day: string | null }>(sqlText('metrics/drilldown_page_days'), { ...params, needed });
	if (day === null) return {};
	return q.dir === 'desc' ? { from: day } : { to: addDays(day, 1) };
}

/** A part of the whole period: no breakdown key, trend bucket or narrowing. */
const isWholePeriod = (q: DrilldownQuery): boolean =>
	q.by === undefined && q.bucket === undefined && Object.values(q.narrow ?? {}).every((v) => v === undefined);

export function drilldown(db: Db, q: DrilldownQuery, page = 1, pageSize = 50): Promise<DrilldownPage> {
	return withConnection(db, async (conn) => {
		const [total, rows] = await Promise.all([
			drilldownCount(conn, q),
			drilldownRows(conn, q, pageSize, (page - 1) * pageSize)
		]);
		return { metric: q.metric, part: q.part, items: catalog[q.metric].items, total, page, page_size: pageSize, rows };
	});
}

const csvColumns: (keyof DrilldownRow)[] = [
	'item_id', 'occurred_at', 'caller_id', 'client', 'team', 'agent', 'channel', 'priority', 'category', 'service',
	'status', 'subject', 'fcr_group', 'basis', 'in_numerator', 'in_denominator', 'excluded', 'value'
];

/** All rows as CSV from one streamed result, a chunk of rows per piece of the response. */
export function drilldownCsv(db: Db, q: DrilldownQuery): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	const idName = catalog[q.metric].items === 'changes' ? 'change_id' : 'ticket_id';
	const atName = catalog[q.metric].items === 'changes' ? 'ended_at' : 'created_at';
	const header = csvColumns.map((c) => (c === 'item_id' ? idName : c === 'occurred_at' ? atName : c)).join(',');
	// Built now, so a refused query throws before any byte is sent.
	const bound = { ...drilldownParams(q), limit: 2_147_483_647, offset: 0 };
	const text = partsSql('metrics/drilldown', q.metric);
	let chunks: AsyncGenerator<DrilldownRow[], void, undefined> | null = null;
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			if (!chunks) {
				chunks = streamRows<DrilldownRow>(db, text, bound);
				controller.enqueue(encoder.encode(header + '\r\n'));
				return;
			}
			const next = await chunks.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(next.value.map((r) => csvLine(csvColumns.map((c) => r[c]))).join('\r\n') + '\r\n'));
		},
		async cancel() {
			await chunks?.return();
		}
	});
}
