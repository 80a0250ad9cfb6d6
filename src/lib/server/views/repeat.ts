// Repeat callers: the repeat-contact rate for a chosen window (7, 14, 30 days) against the
// previous period and per bucket, the top repeat callers with their tickets, same-issue repeats.
import { previousPeriod, type Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import { withConnection, type Conn, type Db } from '../db';
import { ratio, scopeParams } from '../metrics';
import type { DrilldownRow } from '../metric/drilldown';
import { partsParams, type Grain } from '../metric/report';
import { readSettings } from '../settings';
import { allClientsSummaryAnswers, metricDaysAnswer } from '../metric-days';
import { detailsFromTickets, topRepeatCallers, type LeadingCallersShare, type ListedRepeatCaller } from '../metric/repeat-callers';
import { grainFor, pairByKey, rateValue, scopeFromUrl, type Paired, type Scope } from './common';
import { windows } from './tickets';

export interface WindowRate {
	rate: number | null;
	numerator: number;
	denominator: number;
}

/** A top repeat caller as metric/repeat-callers.ts lists them, with their tickets. */
export interface Caller extends ListedRepeatCaller {
	list: DrilldownRow[];
}

export interface RepeatView extends Scope {
	window: number;
	settingWindow: number;
	threshold: number;
	current: WindowRate;
	previous: WindowRate;
	grain: Grain;
	trend: (WindowRate & { bucket: string })[];
	callers: Caller[];
	callersTotal: number;
	sameIssue: { current: WindowRate; previous: WindowRate };
	sameIssueByCategory: Paired[];
}

const TOP_CALLERS = 15;

const asRate = (r: { numerator: number; denominator: number }): WindowRate => ({
	rate: ratio(r.numerator, r.denominator),
	numerator: r.numerator,
	denominator: r.denominator
});

// views/repeat_rates.sql takes the window as a parameter, so any of the three windows is
// counted by the metric's own definition: the period, the previous one and the period's
// buckets in one pass. Every bucket comes back, an empty one as 0 of 0 (a gap in the line).
// The settings' own window is what the daily summary counted: summed from it where it answers.
async function ratesFor(conn: Conn, access: Access, filters: Filters, window: number, settingWindow: number, grain: Grain) {
	const stored = window === settingWindow && (await metricDaysAnswer(conn, filters));
	const name = stored ? 'views/repeat_rates_stored' : 'views/repeat_rates';
	const rows = await conn.all<{ kind: 'bucket' | 'period'; is_current: boolean; bucket: string | null; numerator: number; denominator: number }>(name, {
		...scopeParams(filters, access),
		previous_from: previousPeriod(filters).from,
		window_days: window,
		grain
	});
	const of = (current: boolean) => asRate(rows.find((r) => r.kind === 'period' && r.is_current === current) ?? { numerator: 0, denominator: 0 });
	const trend = rows.filter((r) => r.kind === 'bucket').map((r) => ({ bucket: r.bucket as string, ...asRate(r) }));
	return { current: of(true), previous: of(false), trend };
}

/**
 * The top repeat callers (metric/repeat-callers.ts) with their tickets, read for the callers
 * shown only; their clients, categories and first and last ticket are taken from those tickets.
 */
async function topCallers(conn: Conn, access: Access, f: Filters, share?: LeadingCallersShare): Promise<{ callers: Caller[]; total: number }> {
	const { top, total } = await topRepeatCallers(conn, access, f, TOP_CALLERS, share);
	if (top.length === 0) return { callers: [], total: 0 };
	const rows = await conn.all<DrilldownRow>('views/repeat_caller_tickets', { ...partsParams('repeat_callers', f, access), callers: top.map((c) => c.caller_id) });
	const listOf = new Map<string, DrilldownRow[]>(top.map((c) => [c.caller_id, []]));
	for (const r of rows) listOf.get(r.caller_id as string)?.push(r);
	return {
		callers: top.map((c) => {
			// Every listed caller has tickets in the scope, in the order the query gives them.
			const list = listOf.get(c.caller_id)!;
			return { ...c, ...detailsFromTickets(c.caller_id, list), list: [...list].sort((a, b) => a.occurred_at.localeCompare(b.occurred_at)) };
		}),
		total
	};
}

type SameIssueRow = { is_current: boolean; category_row: boolean; key: string | null; numerator: number; denominator: number; excluded: number };

/**
 * Same-issue repeats now and before, overall and by category, from one scan (views/repeat_same_issue.sql),
 * or from the stored drivers' summary with no filter (views/repeat_same_issue_stored.sql).
 */
async function sameIssueFor(conn: Conn, access: Access, f: Filters): Promise<Pick<RepeatView, 'sameIssue' | 'sameIssueByCategory'>> {
	const name = (await allClientsSummaryAnswers(conn, f, access.clients)) ? 'views/repeat_same_issue_stored' : 'views/repeat_same_issue';
	const rows = await conn.all<SameIssueRow>(name, { ...scopeParams(f, access), previous_from: previousPeriod(f).from });
	// A period without items counts 0 of 0, as parts_summary.sql answers over no rows.
	const overall = (current: boolean) => asRate(rows.find((r) => !r.category_row && r.is_current === current) ?? { numerator: 0, denominator: 0 });
	const byCategory = (current: boolean) => rows.filter((r) => r.category_row && r.is_current === current);
	return {
		sameIssue: { current: overall(true), previous: overall(false) },
		sameIssueByCategory: pairByKey(byCategory(true).filter((r) => r.key !== null), byCategory(false), rateValue)
	};
}

/** The Repeat callers view; `share` keeps its leading callers for the page load's insights. */
export async function repeatView(db: Db, access: Access, params: URLSearchParams, share?: LeadingCallersShare): Promise<RepeatView> {
	const scope = await scopeFromUrl(db, access, params);
	const f = scope.filters;
	const grain = grainFor(f);
	return withConnection(db, async (conn) => {
		const settings = await readSettings(conn);
		const asked = Number(params.get('window'));
		const window = (windows as readonly number[]).includes(asked) ? asked : settings.repeat_window_days;
		const [{ current, previous, trend }, top, same] = await Promise.all([
			ratesFor(conn, access, f, window, settings.repeat_window_days, grain),
			topCallers(conn, access, f, share),
			sameIssueFor(conn, access, f)
		]);
		return {
			...scope,
			window,
			settingWindow: settings.repeat_window_days,
			threshold: settings.repeat_caller_threshold,
			current,
			previous,
			grain,
			trend,
			callers: top.callers,
			callersTotal: top.total,
			...same
		};
	});
}


