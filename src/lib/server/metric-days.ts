// The stored summaries of metric counts (metric_days: per day, client and team; driver_days: per
// day and driver value; team_days: per day, team and agent; resolution_values: every resolution time
// with its bin; resolution_days: their count per day and bin; csat_days: CSAT responses per day, scale,
// score and FCR group; team_resolution_months: resolution times per month, team, agent and bin;
// category_days: tickets and FCR per day, category and subcategory), rebuilt after whatever moves
// tickets or settings, read only while up to date.
import { createHash } from 'node:crypto';
import { dimensions, type Dimension, type Filters } from '$lib/filters';
import type { Conn } from './db';
import { sqlNamesUnder, sqlText } from './sql';

/** Where a query of queries/ reads a period's metric counts per day. */
export const METRIC_DAYS_PLACEHOLDER = '{{metric_days}}';

// A changed metric routine or summary query (a new release) makes every stored summary out of date.
let routinesHash: string | undefined;
const routines = (): string =>
	(routinesHash ??= createHash('sha256').update([...sqlNamesUnder('routines'), ...sqlNamesUnder('summary')].map(sqlText).join('\n')).digest('hex'));

/** How the summaries were brought up to date: not at all (already were), whole, or only the changed days. */
export type SummaryRefresh = { rebuilt: 'none' } | { rebuilt: 'all' } | { rebuilt: 'days'; days: number };

// Past this share of the stored days, deleting and recounting them costs more than rebuilding whole.
const wholeRebuildShare = 0.5;

/**
 * Rebuilds the summaries (metric_days, driver_days, team_days, resolution_values, resolution_days,
 * csat_days, team_resolution_months, category_days, impact_client_counts, impact_counts) unless
 * they were built from the imports, settings and routines there are now (or always, with force: a
 * schema upgrade may have moved stored values).
 * After a tickets import or its undo, `since` is the fingerprint they were up to date with before
 * it (summaryBuiltFrom); then only the days it recorded as changed (import/changed_days.sql,
 * changed_days_moved.sql) are counted again, provided nothing else moved in between: adding a
 * week to 10M tickets recounted every day otherwise (8.3 s of 11.2).
 */
export async function refreshMetricDays(conn: Conn, { force = false, since = null }: { force?: boolean; since?: string | null } = {}): Promise<SummaryRefresh> {
	if (!force && (await summaryFresh(conn))) return { rebuilt: 'none' };
	const days = !force && since !== null ? await changedDays(conn, since) : null;
	if (days) {
		for (const name of sqlNamesUnder('summary/days')) await conn.run(name, { from: days.from_day, to: days.to_day });
	} else {
		await conn.run('summary/build');
		await conn.run('summary/build_driver_days');
		await conn.run('summary/build_team_days');
		// Before the two counted from it.
		await conn.run('summary/build_resolution_values');
		await conn.run('summary/build_resolution_days');
		await conn.run('summary/build_csat_days');
		await conn.run('summary/build_team_resolution_months');
		await conn.run('summary/build_category_days');
		await conn.run('summary/build_impact_counts');
		await conn.run('summary/build_impact_counts_total');
	}
	await conn.run('summary/stamp', { routines: routines() });
	// Used once. After a failed rebuild it stays, but the import's connection is given back then.
	await conn.run('summary/changed_days_forget');
	return days ? { rebuilt: 'days', days: days.days } : { rebuilt: 'all' };
}

/** The changed days recorded by the write just made, when they alone can bring the summaries up to date. */
async function changedDays(conn: Conn, since: string) {
	const [{ recorded }] = await conn.all<{ recorded: boolean }>('summary/changed_days_recorded');
	if (!recorded) return null;
	const [span] = await conn.all<{ built_before: boolean; from_day: string | null; to_day: string | null; days: number; stored_days: number }>(
		'summary/changed_span',
		{ since }
	);
	if (!span.built_before || span.days > span.stored_days * wholeRebuildShare) return null;
	// No day changed (every row rejected, say): the summaries only need the new fingerprint.
	return { ...span, from_day: span.from_day ?? '1970-01-01', to_day: span.to_day ?? '1970-01-01' };
}

/** The fingerprint the summaries were built from, when they are up to date (else null): kept by an import for refreshMetricDays. */
export async function summaryBuiltFrom(conn: Conn): Promise<string | null> {
	const state = await summaryState(conn);
	return state.fresh ? state.built_from : null;
}

/**
 * A named query with its {{metric_days}} placeholder filled: stored_metric_days (the summary)
 * when it is up to date and the filters are ones it holds (client and team, not agent,
 * channel, priority or category), else counted_metric_days (the same columns from the
 * tickets now). Chosen here rather than in SQL: DuckDB binds both branches of a union, and
 * binding the counted one alone cost ~8 ms a query.
 */
export async function metricDaysSql(conn: Conn, name: string, filters: Filters): Promise<string> {
	const text = sqlText(name);
	if (!text.includes(METRIC_DAYS_PLACEHOLDER)) throw new Error(`Query ${name} has no ${METRIC_DAYS_PLACEHOLDER} placeholder`);
	return text.replaceAll(METRIC_DAYS_PLACEHOLDER, (await metricDaysAnswer(conn, filters)) ? 'stored_metric_days' : 'counted_metric_days');
}

/**
 * Where a query of queries/ reads what a summary over all clients holds: the resolution time's
 * median and p90 per trend bucket or for a period and the one before (resolution_days), and the
 * CSAT responses per scale, score and FCR group (csat_days). Each names a macro with a _stored
 * and a _counted version.
 */
const allClientsPlaceholders = {
	'{{resolution_time_buckets}}': 'resolution_time_buckets',
	'{{resolution_time_spread}}': 'resolution_time_spread',
	'{{csat_combos}}': 'csat_combos'
} as const;

/**
 * A query's text with its placeholders of allClientsPlaceholders filled: the macro's _stored
 * version (from resolution_days or csat_days, over all clients) when the summaries are up to date,
 * no filter is set and the access sees every client, else its _counted version (from the scope's own tickets).
 */
export async function allClientsSummarySql(conn: Conn, text: string, filters: Filters, allowedClients: readonly string[] | null): Promise<string> {
	const found = Object.entries(allClientsPlaceholders).filter(([placeholder]) => text.includes(placeholder));
	if (found.length === 0) throw new Error(`query has none of ${Object.keys(allClientsPlaceholders).join(', ')}`);
	const version = (await allClientsSummaryAnswers(conn, filters, allowedClients)) ? 'stored' : 'counted';
	return found.reduce((sql, [placeholder, macro]) => sql.replaceAll(placeholder, `${macro}_${version}`), text);
}

/** Whether the stored daily summary (metric_days) answers: it is up to date and no filter is set but client and team. */
export async function metricDaysAnswer(conn: Conn, filters: Filters): Promise<boolean> {
	return !filteredBeyond(filters, ['client', 'team']) && (await summaryFresh(conn));
}

/**
 * Whether a stored summary over all clients answers for these filters: it is up to date, the
 * access sees every client, and no filter is set but those in the summary's key (`keyed`).
 * driver_days holds no filter's value (an unfiltered view only), team_days a team's and an agent's.
 */
export async function allClientsSummaryAnswers(
	conn: Conn,
	filters: Filters,
	allowedClients: readonly string[] | null,
	keyed: readonly Dimension[] = []
): Promise<boolean> {
	return !filteredBeyond(filters, keyed) && allowedClients === null && (await summaryFresh(conn));
}

/**
 * Whether a stored summary keyed by the tickets' client answers: it is up to date and no filter
 * is set but the client; the access's clients are summed from the client's rows (impact_client_counts).
 */
export async function clientKeyedSummaryAnswers(conn: Conn, filters: Filters): Promise<boolean> {
	return !filteredBeyond(filters, ['client']) && (await summaryFresh(conn));
}

/** Whether a filter is set on a dimension a summary's key does not hold. */
const filteredBeyond = (filters: Filters, keyed: readonly Dimension[]): boolean => dimensions.some((d) => filters[d] && !keyed.includes(d));

// Asked up to four times for one page: kept until the next write (Conn.memo).
const summaryState = (conn: Conn) =>
	conn.memo('summaries up to date', async () => (await conn.all<{ fresh: boolean; built_from: string | null }>('summary/fresh', { routines: routines() }))[0]);

const summaryFresh = async (conn: Conn): Promise<boolean> => (await summaryState(conn)).fresh;
