// Change impact without links: each change's incidents in the hours after it ended against
// its service's own baseline for the same hours of the week; excess and a Poisson tail.
import { addDays, type Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import type { Conn, Params } from '../db';
import { clientKeyedSummaryAnswers } from '../metric-days';
import { scopeParams } from '../metrics';
import { sqlText } from '../sql';

/** Hours after a change's end that count as its aftermath (product.md's suspected window). */
export const IMPACT_HOURS = 24;
/** Weeks of baseline before each change; at least MIN_WEEKS of them must hold data. */
export const BASELINE_WEEKS = 8;
export const MIN_WEEKS = 4;
/** "Probably caused incidents": at least this many excess tickets, this unlikely by chance. */
export const MIN_EXCESS = 3;
export const MAX_P = 0.01;
/** Tickets of the window listed with each listed change, oldest first. */
export const LISTED_TICKETS = 50;
/**
 * The probable changes of most excess that get their tickets listed: more than the dozen the
 * pages show. A year at 1M tickets has ~1,400 probable changes among ~18,000; listing every
 * change's tickets took ~950 of ~1,450 ms.
 */
export const LISTED_CHANGES = 25;

export interface ChangeImpact {
	change_id: string;
	service: string | null;
	client: string | null;
	outcome: string | null;
	summary: string | null;
	ended_at: string;
	observed: number;
	expected: number;
	excess: number;
	/** P(X >= observed) for X ~ Poisson(expected): how unlikely so many tickets are by chance. */
	p_value: number;
	baseline_weeks: number;
	/** Tickets that name this change as their cause. */
	linked: number;
	probable: boolean;
	/**
	 * The tickets of the window, oldest first (at most LISTED_TICKETS), with the hours after the
	 * change's end, for the LISTED_CHANGES probable changes of most excess; null for the others
	 * (not listed: `observed` counts them, `href` lists them on the Tickets page).
	 */
	tickets: { ticket_id: string; hours_after_end: number }[] | null;
	sentence: string;
	/** The Tickets page: the change's service (or client) on the days its window covers. */
	href: string;
}

interface Row {
	change_id: string;
	service: string | null;
	client: string | null;
	outcome: string | null;
	summary: string | null;
	ended_at: string;
	ended_day: string;
	observed: number;
	baseline_weeks: number;
	expected: number;
	linked: number;
}

/**
 * P(X >= k) for X ~ Poisson(lambda), summed from the lower side. The terms are kept scaled by
 * e^lambda, and scaled down again before they overflow: e^-lambda itself is 0 in doubles from
 * lambda ~745 (a busy service's day at 10M tickets), which made every p 1.
 */
export function poissonUpperTail(k: number, lambda: number): number {
	if (k <= 0) return 1;
	let term = 1;
	let sum = 1;
	let logScale = -lambda;
	for (let i = 1; i < k; i++) {
		term *= lambda / i;
		sum += term;
		if (sum > 1e300) {
			term /= 1e300;
			sum /= 1e300;
			logScale += LOG_1E300;
		}
	}
	return Math.max(0, 1 - sum * Math.exp(logScale));
}
const LOG_1E300 = Math.log(1e300);

export interface ChangeImpactOptions {
	/** Hours after a change's end that count (IMPACT_HOURS). */
	hours?: number;
	/**
	 * Only the LISTED_CHANGES probable changes of most excess, those listed with their tickets (a
	 * page shows no other; the others stay in /api/insights). A year at 1M tickets and 20,000
	 * changes: 31 MB of the Changes page's data with every change.
	 */
	probableOnly?: boolean;
	/** false: every window counted now, not from the stored counts (the tests compare both). */
	storedCounts?: boolean;
}

export async function changeImpact(
	conn: Conn,
	access: Access,
	filters: Filters,
	{ hours = IMPACT_HOURS, probableOnly = false, storedCounts = true }: ChangeImpactOptions = {}
): Promise<ChangeImpact[]> {
	const params = {
		...scopeParams(filters, access),
		hours,
		weeks: BASELINE_WEEKS,
		scan_from: addDays(filters.from, -7 * BASELINE_WEEKS - 1),
		scan_to: addDays(filters.to, Math.ceil(hours / 24) + 1),
		min_weeks: MIN_WEEKS,
		candidates_only: probableOnly,
		min_excess: MIN_EXCESS,
		max_p: MAX_P
	};
	// The windows' counts from the stored ones (summary/setup/9j_impact_counts_table.sql) where they
	// answer: no filter but the client, the 24 h they were counted for. 10M tickets with 200,000
	// changes, counted: a year ~23 s, a client's year (its pack) ~3.6 s.
	const stored = storedCounts && hours === IMPACT_HOURS && (await clientKeyedSummaryAnswers(conn, filters));
	const text = sqlText('insights/change_impact').replaceAll('{{impact_window_weeks}}', stored ? 'impact_window_weeks_stored' : 'impact_window_weeks_counted');
	const weigh = (r: Row) => {
		const { expected } = r;
		const excess = r.observed - expected;
		const p_value = poissonUpperTail(r.observed, expected);
		return { r, expected, excess, p_value, probable: excess >= MIN_EXCESS && p_value < MAX_P };
	};
	const weighed = probableOnly ? await listedCandidates(conn, text, params, weigh) : (await conn.allSql<Row>(text, params)).map(weigh);
	// Only the probable changes of most excess are shown with their tickets (the order below).
	const byExcess = (a: (typeof weighed)[number], b: (typeof weighed)[number]) => b.excess - a.excess || a.r.change_id.localeCompare(b.r.change_id);
	const shown = weighed.filter((c) => c.probable).sort(byExcess).slice(0, LISTED_CHANGES).map((c) => c.r.change_id);
	const listed = new Map<string, { ticket_id: string; hours: number }[]>();
	if (shown.length > 0) {
		const lists = await conn.all<{ change_id: string; tickets: { ticket_id: string; hours: number }[] }>('insights/change_impact_tickets', {
			...params,
			changes: shown,
			listed: LISTED_TICKETS
		});
		for (const l of lists) listed.set(l.change_id, l.tickets);
	}
	return weighed
		.sort(byExcess)
		.map(({ r, expected, excess, p_value, probable }) => {
			const where = r.service ? `${r.service}${r.client ? ` at ${r.client}` : ''}` : `${r.client}`;
			const p = new URLSearchParams();
			for (const [k, v] of Object.entries({ ...filters, from: r.ended_day, to: addDays(r.ended_day, Math.ceil(hours / 24) + 1) })) if (v) p.set(k, v);
			p.set('metric', 'volume');
			if (r.service) p.set('by', 'service'), p.set('key', r.service);
			else p.set('client', r.client!);
			if (r.service && r.client) p.set('client', r.client);
			const list = listed.get(r.change_id);
			const tickets = list ? list.map((t) => ({ ticket_id: t.ticket_id, hours_after_end: t.hours })) : null;
			return {
				change_id: r.change_id, service: r.service, client: r.client, outcome: r.outcome, summary: r.summary, ended_at: r.ended_at,
				observed: r.observed, expected, excess, p_value, baseline_weeks: r.baseline_weeks, linked: r.linked, probable, tickets,
				sentence: `${r.change_id} on ${where}: ${r.observed} tickets in the ${hours} h after it ended, ${expected.toFixed(1)} expected (${excess >= 0 ? '+' : '\u2212'}${Math.abs(excess).toFixed(1)}, p ${p_value < 0.001 ? '< 0.001' : '= ' + p_value.toFixed(3)})${r.linked ? `; ${r.linked} linked to it` : '; none linked to it'}.`,
				href: `/tickets?${p}`
			};
		});
}

/**
 * The LISTED_CHANGES probable changes of most excess, read from the candidates (most excess
 * first, insights/change_impact.sql) a chunk at a time until that many are found. 10M tickets, a
 * year: ~42,000 candidates took ~265 ms to turn into JavaScript objects for the 25 a page lists.
 */
async function listedCandidates<T extends { probable: boolean }>(conn: Conn, text: string, params: Params, weigh: (r: Row) => T): Promise<T[]> {
	const found: T[] = [];
	for await (const chunk of conn.streamSql<Row>(text, params)) {
		for (const r of chunk) {
			const c = weigh(r);
			if (c.probable) found.push(c);
			if (found.length === LISTED_CHANGES) return found;
		}
	}
	return found;
}
