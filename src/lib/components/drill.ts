// Links to the Tickets view showing exactly the items behind a number: the page's filters
// plus a metric part, a breakdown key or a trend bucket, as the drill-down API takes them.
import { dimensions } from '$lib/filters';

export interface DrillTarget {
	metric: string;
	/** numerator: the counted items; denominator: everything the rate is over. */
	part?: 'numerator' | 'denominator' | 'excluded';
	/** A breakdown row; key null is the row of items without a value. */
	by?: string;
	key?: string | null;
	grain?: 'day' | 'week' | 'month';
	bucket?: string;
	/** Extra filters replacing the page's (an agent's row sets agent=...). */
	set?: Record<string, string>;
	/** One caller's tickets (the Tickets view narrows to it). */
	caller?: string;
	/** Repeat contacts within 7, 14 or 30 days rather than the setting's window. */
	within?: number;
	/** The incidents one change caused (with metric change_caused). */
	change?: string;
	/** CSAT responses of one raw score on one scale. */
	score?: { score: number; scale: string };
	sort?: string;
	dir?: 'asc' | 'desc';
}

/** Only the shared filters travel: a page's own parameters (sort, page, window) do not. */
export function baseParams(search: URLSearchParams | string): URLSearchParams {
	const from = typeof search === 'string' ? new URLSearchParams(search) : search;
	const out = new URLSearchParams();
	for (const k of ['from', 'to', 'preset', ...dimensions]) {
		const v = from.get(k);
		if (v) out.set(k, v);
	}
	return out;
}

export function drillHref(search: URLSearchParams | string, t: DrillTarget): string {
	const p = baseParams(search);
	for (const [k, v] of Object.entries(t.set ?? {})) p.set(k, v);
	p.set('metric', t.metric);
	if (t.part && t.part !== 'numerator') p.set('part', t.part);
	if (t.by && t.key !== undefined) {
		p.set('by', t.by);
		p.set('key', t.key ?? '');
	}
	if (t.grain && t.bucket) {
		p.set('grain', t.grain);
		p.set('bucket', t.bucket);
	}
	if (t.caller) p.set('caller', t.caller);
	if (t.within) p.set('within', String(t.within));
	if (t.change) p.set('change', t.change);
	if (t.score) {
		p.set('scale', t.score.scale);
		p.set('score', String(t.score.score));
	}
	if (t.sort) p.set('sort', t.sort);
	if (t.dir) p.set('dir', t.dir);
	return `/tickets?${p}`;
}

/** A path with the page's shared filters (for links between dashboards). */
export function withFilters(path: string, search: URLSearchParams | string, set: Record<string, string> = {}): string {
	const p = baseParams(search);
	for (const [k, v] of Object.entries(set)) {
		if (v) p.set(k, v);
		else p.delete(k);
	}
	const s = p.toString();
	return s ? `${path}?${s}` : path;
}
