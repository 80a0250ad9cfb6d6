// Repeat callers: the repeat-contact rate for a chosen window (7, 14, 30 days) against the
// previous period and per bucket, the top repeat callers with their tickets, same-issue repeats.
import { previousPeriod, type Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import { withConnection, type Conn, type Db } from '../db';
import { ratio, scopeParams } from '../metrics';
import { drilldownRows, type DrilldownRow } from '../metric/drilldown';
import { partsParams, type Grain } from '../metric/report';
import { partsSql } from '../metric/parts-sql';
import { readSettings } from '../settings';
import { grainFor, metricTrend, pairedBreakdown, scopeFromUrl, type Paired, type Scope } from './common';
import { windows } from './tickets';

export interface WindowRate {
	rate: number | null;
	numerator: number;
	denominator: number;
}

export interface Caller {
	caller_id: string;
	tickets: number;
	clients: string[] | null;
	categories: { key: string; value: number }[] | null;
	first_at: string;
	last_at: string;
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

// views/repeat_rate.sql takes the window as a parameter, so any of the three windows is
// counted by the metric's own definition; the period and the previous one in one pass.
async function ratesFor(conn: Conn, access: Access, filters: Filters, window: number): Promise<{ current: WindowRate; previous: WindowRate }> {
	const rows = await conn.all<{ is_current: boolean; numerator: number; denominator: number }>('views/repeat_rate', {
		...scopeParams(filters, access),
		previous_from: previousPeriod(filters).from,
		window_days: window
	});
	const of = (current: boolean) => asRate(rows.find((r) => r.is_current === current) ?? { numerator: 0, denominator: 0 });
	return { current: of(true), previous: of(false) };
}

async function trendFor(conn: Conn, access: Access, filters: Filters, window: number, grain: Grain, buckets: string[]) {
	const rows = await conn.all<{ bucket: string; numerator: number; denominator: number }>('views/repeat_rate_trend', {
		...scopeParams(filters, access),
		window_days: window,
		grain
	});
	const by = new Map(rows.map((r) => [r.bucket, r]));
	// Every bucket of the period, an empty one as 0 of 0 (a gap in the line).
	return buckets.map((bucket) => ({ bucket, ...asRate(by.get(bucket) ?? { numerator: 0, denominator: 0 }) }));
}

export async function repeatView(db: Db, access: Access, params: URLSearchParams): Promise<RepeatView> {
	const scope = await scopeFromUrl(db, access, params);
	const f = scope.filters;
	const grain = grainFor(f);
	return withConnection(db, async (conn) => {
		const settings = await readSettings(conn);
		const asked = Number(params.get('window'));
		const window = (windows as readonly number[]).includes(asked) ? asked : settings.repeat_window_days;
		const buckets = (await metricTrend(conn, access, 'volume', f, grain)).map((b) => b.bucket);
		const [{ current, previous }, trend, list, sameNow, samePrev, sameIssueByCategory] = await Promise.all([
			ratesFor(conn, access, f, window),
			trendFor(conn, access, f, window, grain, buckets),
			conn.allSql<Omit<Caller, 'list'> & { callers_total: number }>(partsSql('metrics/repeat_caller_list', 'repeat_callers'), {
				...partsParams('repeat_callers', f, access),
				limit: 2000
			}),
			conn.allSql<{ numerator: number; denominator: number }>(partsSql('metrics/parts_summary', 'same_issue_repeats'), partsParams('same_issue_repeats', f, access)),
			conn.allSql<{ numerator: number; denominator: number }>(partsSql('metrics/parts_summary', 'same_issue_repeats'), partsParams('same_issue_repeats', { ...f, ...previousPeriod(f) }, access)),
			pairedBreakdown(conn, access, 'same_issue_repeats', f, 'category')
		]);
		// The top callers' tickets: the drill-down sorted by the caller's ticket count lists
		// every caller with at least the last top caller's count first; that many rows suffice.
		const top = list.slice(0, TOP_CALLERS);
		const least = top.at(-1)?.tickets ?? 0;
		const need = list.filter((c) => c.tickets >= least).reduce((n, c) => n + c.tickets, 0);
		const rows = need ? await drilldownRows(conn, { metric: 'repeat_callers', part: 'numerator', filters: f, access, sort: 'value', dir: 'desc' }, need, 0) : [];
		const callers = top.map(({ callers_total: _, ...c }) => ({
			...c,
			list: rows.filter((r) => r.caller_id === c.caller_id).sort((a, b) => a.occurred_at.localeCompare(b.occurred_at))
		}));
		return {
			...scope,
			window,
			settingWindow: settings.repeat_window_days,
			threshold: settings.repeat_caller_threshold,
			current,
			previous,
			grain,
			trend,
			callers,
			callersTotal: list[0]?.callers_total ?? 0,
			sameIssue: { current: asRate(sameNow[0]), previous: asRate(samePrev[0]) },
			sameIssueByCategory: sameIssueByCategory.filter((c) => c.key !== null)
		};
	});
}


