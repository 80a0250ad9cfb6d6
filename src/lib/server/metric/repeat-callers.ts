// The repeat callers of a scope, most tickets first, with their clients, categories and first
// and last ticket: counted per caller first, the details read for the callers listed only.
import type { Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import type { Conn } from '../db';
import { scopeParams } from '../metrics';
import { callerRunThreshold, callerRunsAnswer } from '../caller-runs';

export interface ListedRepeatCaller {
	caller_id: string;
	tickets: number;
	clients: string[] | null;
	categories: { key: string; value: number }[] | null;
	first_at: string;
	last_at: string;
}

type Details = Omit<ListedRepeatCaller, 'tickets'>;

/** The rank the leading callers reach down to (ties at its count included): the frequent callers insight lists a hundred. */
export const LEADING_CALLERS = 100;

export type LeadingCaller = { caller_id: string; tickets: number; callers_total: number };

/**
 * The leading repeat callers of one page load, counted once: the Repeat callers view's top
 * callers and its frequent callers insight each grouped every ticket of the period by caller
 * for them (10M tickets, a year: ~460 ms each). Made per request, never kept across requests.
 */
export class LeadingCallersShare {
	private readonly counted = new Map<string, Promise<LeadingCaller[]>>();

	/** The callers with at least as many tickets as the LEADING_CALLERS-th (metrics/repeat_caller_leaders_runs.sql). */
	read(conn: Conn, filters: Filters, threshold: number): Promise<LeadingCaller[]> {
		const key = `${filters.from}|${filters.to}|${threshold}`;
		let rows = this.counted.get(key);
		if (!rows) {
			rows = leadingCallers(conn, filters, threshold);
			this.counted.set(key, rows);
		}
		return rows;
	}
}

const leadingCallers = (conn: Conn, filters: Filters, threshold: number): Promise<LeadingCaller[]> =>
	conn.all<LeadingCaller>('metrics/repeat_caller_leaders_runs', { from: filters.from, to: filters.to, threshold, rank: LEADING_CALLERS });

/**
 * The first `limit` repeat callers, most tickets first, then caller (metrics/repeat_top_callers.sql,
 * or from the stored runs' leading callers), and how many repeat callers there are in all.
 */
export async function topRepeatCallers(
	conn: Conn,
	access: Access,
	filters: Filters,
	limit: number,
	share?: LeadingCallersShare
): Promise<{ top: { caller_id: string; tickets: number }[]; total: number }> {
	// From the stored caller runs where they answer (no filter, every client): only the tickets
	// from each caller's threshold-th on are grouped. The leading callers hold the first `limit`
	// (ordered as repeat_top_callers.sql orders them) when limit is at most LEADING_CALLERS.
	const runs = limit <= LEADING_CALLERS && (await callerRunsAnswer(conn, filters, access.clients));
	const rows = runs
		? (await (share ?? new LeadingCallersShare()).read(conn, filters, await callerRunThreshold(conn))).slice(0, limit)
		: await conn.all<LeadingCaller>('metrics/repeat_top_callers', { ...scopeParams(filters, access), limit });
	return { top: rows.map(({ caller_id, tickets }) => ({ caller_id, tickets })), total: rows[0]?.callers_total ?? 0 };
}

/**
 * The first `limit` repeat callers (topRepeatCallers) with their details
 * (metrics/repeat_caller_details.sql), and how many repeat callers there are in all. Listing
 * the details of every caller before the limit took 0.7 s for a year at 1M tickets.
 */
export async function repeatCallerList(conn: Conn, access: Access, filters: Filters, limit: number): Promise<{ callers: ListedRepeatCaller[]; total: number }> {
	const { top, total } = await topRepeatCallers(conn, access, filters, limit);
	if (top.length === 0) return { callers: [], total: 0 };
	const details = await conn.all<Details>('metrics/repeat_caller_details', { ...scopeParams(filters, access), callers: top.map((c) => c.caller_id) });
	const detailOf = new Map(details.map((d) => [d.caller_id, d]));
	const callers = top.map(({ caller_id, tickets }) => {
		// Every listed caller has tickets in the scope, so details has a row for each.
		const d = detailOf.get(caller_id)!;
		return { caller_id, tickets, clients: d.clients ?? null, categories: d.categories ?? null, first_at: d.first_at, last_at: d.last_at };
	});
	return { callers, total };
}

// DuckDB orders text by its UTF-8 bytes; JavaScript's < compares UTF-16 units.
const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * A listed caller's details as metrics/repeat_caller_details.sql gives them, from the caller's
 * tickets in the scope (repeat_callers' numerator, ordered by time as views/repeat_caller_tickets.sql
 * orders them): the view that lists the tickets reads them once instead of twice.
 */
export function detailsFromTickets(caller_id: string, tickets: readonly { occurred_at: string; client: string | null; category: string | null }[]): Details {
	const clients = [...new Set(tickets.map((t) => t.client).filter((c): c is string => c !== null))].sort(byBytes);
	const counts = new Map<string, number>();
	for (const t of tickets) if (t.category !== null) counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
	const categories = [...counts].sort(([a], [b]) => byBytes(a, b)).map(([key, value]) => ({ key, value }));
	return {
		caller_id,
		clients: clients.length ? clients : null,
		categories: categories.length ? categories : null,
		first_at: tickets[0].occurred_at,
		last_at: tickets[tickets.length - 1].occurred_at
	};
}
