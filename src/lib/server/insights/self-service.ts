// Self-service candidates: categories and subcategories with many tickets, mostly fixed at
// first contact and quickly — what a service catalogue or automation should absorb.
import { daysBetween, type Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import type { Conn } from '../db';
import { allClientsSummaryAnswers } from '../metric-days';
import { scopeParams } from '../metrics';
import { MIN_GROUP } from './drivers';

/** A candidate is fixed at first contact at least this often ... */
export const MIN_FCR = 0.75;
/** ... and its first-contact fixes take at most this many hours (median). */
export const MAX_HANDLING_HOURS = 8;
const DAYS_PER_MONTH = 365.25 / 12;

export interface SelfServiceCandidate {
	category: string;
	subcategory: string | null;
	tickets: number;
	tickets_per_month: number;
	fcr_rate: number;
	median_handling_hours: number;
	/** Agent-hours a month self-service would free: tickets a month × median handling hours. */
	agent_hours_per_month: number;
	/** The category's tickets (the drill-down has no subcategory filter, so a subcategory links to its category). */
	href: string;
}

interface Row {
	category: string;
	subcategory: string | null;
	is_subcategory: boolean;
	tickets: number;
	fcr_numerator: number;
	fcr_denominator: number;
	handling_hours: number | null;
}

export async function selfServiceCandidates(conn: Conn, access: Access, filters: Filters): Promise<SelfServiceCandidate[]> {
	// With no filter, the same rows from the stored summaries (category_days, resolution_values).
	const query = (await allClientsSummaryAnswers(conn, filters, access.clients)) ? 'insights/self_service_stored' : 'insights/self_service';
	const rows = await conn.all<Row>(query, scopeParams(filters, access));
	const months = daysBetween(filters.from, filters.to) / DAYS_PER_MONTH;
	// The most specific rows only, so no agent-hour is counted twice: a category's subcategories,
	// or the category itself where its tickets carry none.
	const split = new Set(rows.filter((r) => r.is_subcategory && r.subcategory !== null).map((r) => r.category));
	return rows
		.filter((r) => (r.is_subcategory ? r.subcategory !== null : !split.has(r.category)))
		.filter((r) => r.tickets >= MIN_GROUP && r.fcr_denominator > 0 && r.handling_hours !== null)
		.map((r) => {
			const fcr_rate = r.fcr_numerator / r.fcr_denominator;
			const tickets_per_month = r.tickets / months;
			const p = new URLSearchParams();
			for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
			p.set('metric', 'volume');
			p.set('by', 'category');
			p.set('key', r.category);
			return {
				category: r.category, subcategory: r.is_subcategory ? r.subcategory : null, tickets: r.tickets, tickets_per_month,
				fcr_rate, median_handling_hours: r.handling_hours!, agent_hours_per_month: tickets_per_month * r.handling_hours!,
				href: `/tickets?${p}`
			};
		})
		.filter((c) => c.fcr_rate >= MIN_FCR && c.median_handling_hours <= MAX_HANDLING_HOURS)
		.sort((a, b) => b.agent_hours_per_month - a.agent_hours_per_month || a.category.localeCompare(b.category) || String(a.subcategory).localeCompare(String(b.subcategory)))
		.slice(0, 15);
}
