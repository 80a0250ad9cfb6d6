// Frequent callers in context: of each frequent caller's tickets, how many repeat an issue we
// did not fix (same category within the window, or a reopen of a resolved ticket) and how many are new issues.
import type { Filters } from '$lib/filters';
import type { Access } from '../access/scope';
import type { Conn } from '../db';
import { scopeParams } from '../metrics';
import { partsSql } from '../metric/parts-sql';
import { callerRunsAnswer } from '../caller-runs';
import { LeadingCallersShare } from '../metric/repeat-callers';

export interface FrequentCaller {
	caller_id: string;
	client: string | null;
	tickets: number;
	repeats: number;
	new_issues: number;
	categories: { category: string; tickets: number }[];
	/** Neutral words: a caller we keep failing, or one who brings many different issues. */
	pattern: 'mostly repeats of an unresolved issue' | 'mostly new issues' | 'mixed';
	href: string;
}

interface Row {
	caller_id: string;
	client: string | null;
	tickets: number;
	repeats: number;
	new_issues: number;
	categories: { key: string; value: number }[] | null;
}

/**
 * The hundred most frequent callers with their repeats and categories; `share` holds the
 * leading callers where the page load's view counted them already (metric/repeat-callers.ts).
 */
export async function frequentCallers(conn: Conn, access: Access, filters: Filters, threshold: number, share?: LeadingCallersShare): Promise<FrequentCaller[]> {
	const scope = { metric: 'same_issue_repeats', ...scopeParams(filters, access) };
	// From the stored caller runs where they answer (no filter, every client, runs for this
	// threshold): the leading callers' counts, then their repeats and categories in one pass.
	if (await callerRunsAnswer(conn, filters, access.clients)) {
		const leading = await (share ?? new LeadingCallersShare()).read(conn, filters, threshold);
		const rows = leading.length ? await conn.all<Row>('insights/frequent_callers_runs', { ...scope, callers: leading.map((c) => c.caller_id) }) : [];
		return rows.map((r) => described(r, filters));
	}
	const counted = await conn.all<Omit<Row, 'categories'>>('insights/frequent_callers', { ...scope, threshold });
	const categories = counted.length
		? await conn.allSql<Pick<Row, 'caller_id' | 'categories'>>(partsSql('insights/frequent_caller_categories', 'same_issue_repeats'), {
				...scope, callers: counted.map((r) => r.caller_id)
			})
		: [];
	const categoriesOf = new Map(categories.map((c) => [c.caller_id, c.categories]));
	return counted.map((r) => described({ ...r, categories: categoriesOf.get(r.caller_id) ?? null }, filters));
}

/** A frequent caller as the insight shows it: top categories, its pattern and its tickets' link. */
function described(r: Row, filters: Filters): FrequentCaller {
	const p = new URLSearchParams();
	for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
	p.set('metric', 'volume');
	p.set('caller', r.caller_id);
	const share = r.repeats / r.tickets;
	return {
		caller_id: r.caller_id, client: r.client, tickets: r.tickets, repeats: r.repeats, new_issues: r.new_issues,
		categories: (r.categories ?? []).map((c) => ({ category: c.key, tickets: c.value })).sort((a, b) => b.tickets - a.tickets || a.category.localeCompare(b.category)).slice(0, 3),
		pattern: share > 0.5 ? 'mostly repeats of an unresolved issue' : share < 0.25 ? 'mostly new issues' : 'mixed',
		href: `/tickets?${p}`
	};
}
