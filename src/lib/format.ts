// Pure display formatting shared by the pages, the charts and the tests: percents,
// durations, counts, deltas against the previous period and date ranges in words.
import { addDays } from './filters';

/** Placeholder for a value that does not exist; never shown as 0. */
export const NO_VALUE = '—';

// A no-break space keeps "73.6 %" and "2.5 h" from wrapping between number and unit.
const NBSP = '\u00a0';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const fixed = (n: number, digits: number): string => {
	const s = n.toFixed(digits);
	// -0.0 reads as a change where there is none.
	return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
};

/** A share 0..1 as "73.6 %"; null as "—". */
export function formatPercent(rate: number | null | undefined, digits = 1): string {
	if (rate === null || rate === undefined || !Number.isFinite(rate)) return NO_VALUE;
	return `${fixed(rate * 100, digits)}${NBSP}%`;
}

/** A whole count with thousands separators: "12,345". */
export function formatCount(n: number | null | undefined): string {
	if (n === null || n === undefined || !Number.isFinite(n)) return NO_VALUE;
	return integer.format(n);
}

/** A duration in hours, in the unit people think in: "25 min", "2.5 h", "3.1 d". */
export function formatHours(hours: number | null | undefined): string {
	if (hours === null || hours === undefined || !Number.isFinite(hours)) return NO_VALUE;
	if (hours < 1) return `${Math.round(hours * 60)}${NBSP}min`;
	if (hours < 48) return `${fixed(hours, 1)}${NBSP}h`;
	return `${fixed(hours / 24, 1)}${NBSP}d`;
}

/** How a change compares: points for rates, relative change for counts and durations. */
export type DeltaKind = 'points' | 'relative';

/** Which direction of a metric is an improvement; volume is neither. */
export type Polarity = 'up' | 'down' | 'neutral';

export interface Delta {
	/** "+2.1 pp", "−12.3 %", "no change"; null when there is nothing to compare. */
	text: string | null;
	direction: 'up' | 'down' | 'flat';
	tone: 'good' | 'bad' | 'neutral';
	/** The same in words, for screen readers. */
	spoken: string;
}

const MINUS = '\u2212';

/**
 * The delta of a value against the previous period. Rates compare in percentage
 * points; counts and durations as a relative change, which needs a previous value > 0.
 */
export function formatDelta(current: number | null, previous: number | null, kind: DeltaKind, polarity: Polarity): Delta {
	const none: Delta = { text: null, direction: 'flat', tone: 'neutral', spoken: 'no comparison with the previous period' };
	if (current === null || previous === null || !Number.isFinite(current) || !Number.isFinite(previous)) return none;
	let amount: number;
	let unit: string;
	let spokenUnit: string;
	if (kind === 'points') {
		amount = (current - previous) * 100;
		unit = `${NBSP}pp`;
		spokenUnit = ' percentage points';
	} else {
		if (previous === 0) {
			if (current === 0) return { text: 'no change', direction: 'flat', tone: 'neutral', spoken: 'no change from the previous period' };
			// A relative change from nothing is infinite; say what happened instead.
			const tone = polarity === 'neutral' ? 'neutral' : polarity === 'up' ? 'good' : 'bad';
			return { text: 'up from 0', direction: 'up', tone, spoken: 'up from none in the previous period' };
		}
		amount = ((current - previous) / previous) * 100;
		unit = `${NBSP}%`;
		spokenUnit = ' percent';
	}
	const shown = fixed(Math.abs(amount), 1);
	if (Number(shown) === 0) {
		return { text: 'no change', direction: 'flat', tone: 'neutral', spoken: 'no change from the previous period' };
	}
	const direction = amount > 0 ? 'up' : 'down';
	const tone = polarity === 'neutral' ? 'neutral' : polarity === direction ? 'good' : 'bad';
	const judged = tone === 'neutral' ? '' : tone === 'good' ? ', better' : ', worse';
	return {
		text: `${direction === 'up' ? '+' : MINUS}${shown}${unit}`,
		direction,
		tone,
		spoken: `${direction} ${shown}${spokenUnit} on the previous period${judged}`
	};
}

const parts = (day: string) => {
	const [y, m, d] = day.split('-').map(Number);
	return { y, m: months[m - 1], d };
};

/** One calendar day: "3 Aug 2026", or "3 Aug" when the year is evident. */
export function formatDay(day: string, withYear = true): string {
	const p = parts(day);
	return withYear ? `${p.d} ${p.m} ${p.y}` : `${p.d} ${p.m}`;
}

/**
 * A half-open period [from, to) in words with its inclusive last day:
 * "1 Aug – 31 Oct 2026", "1–31 Aug 2026", "1 Dec 2025 – 28 Feb 2026".
 */
export function formatRange(from: string, to: string): string {
	const last = addDays(to, -1);
	if (last <= from) return formatDay(from);
	const a = parts(from);
	const b = parts(last);
	if (a.y !== b.y) return `${formatDay(from)} – ${formatDay(last)}`;
	if (a.m !== b.m) return `${a.d} ${a.m} – ${b.d} ${b.m} ${b.y}`;
	return `${a.d}–${b.d} ${b.m} ${b.y}`;
}

/** "1 Aug – 31 Oct 2026, compared with 3 May – 31 Jul 2026". */
export function formatComparison(current: { from: string; to: string }, previous: { from: string; to: string }): string {
	return `${formatRange(current.from, current.to)}, compared with ${formatRange(previous.from, previous.to)}`;
}

/** "12 tickets", "1 ticket". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

export type StatementKind = 'percent' | 'hours' | 'count';

/**
 * A headline in plain words for a client meeting: "FCR rose from 68 % to 74 %",
 * "Tickets fell from 120 to 96", "SLA attainment held at 91 %". Rates round to whole
 * percents, so a change too small to show reads as "held".
 */
export function statement(subject: string, current: number | null, previous: number | null, kind: StatementKind): string {
	const show = (v: number) =>
		kind === 'percent' ? formatPercent(v, 0) : kind === 'hours' ? formatHours(v) : formatCount(v);
	if (current === null || !Number.isFinite(current)) return `${subject}: no data this period`;
	if (previous === null || !Number.isFinite(previous)) return `${subject} was ${show(current)} (nothing to compare with)`;
	const a = show(previous);
	const b = show(current);
	if (a === b) return `${subject} held at ${b}`;
	return `${subject} ${current > previous ? 'rose' : 'fell'} from ${a} to ${b}`;
}

/** A CSAT response back on its own scale from the normalised 0..1 score: "2 of 5", "bad". */
export function csatScore(normalised: number | null, scale: string | null): string {
	if (normalised === null || !Number.isFinite(normalised)) return NO_VALUE;
	switch (scale) {
		case '1-5':
			return `${Math.round(normalised * 4 + 1)} of 5`;
		case '1-10':
			return `${Math.round(normalised * 9 + 1)} of 10`;
		case '0-10':
			return `${Math.round(normalised * 10)} of 10`;
		case 'good/bad':
			return normalised >= 0.75 ? 'good' : 'bad';
		default:
			return formatPercent(normalised, 0);
	}
}

/** DORA change-failure-rate bands (2023: elite 0–5 %, high to 10 %, medium to 15 %, low beyond). */
export function doraBand(rate: number | null): 'elite' | 'high' | 'medium' | 'low' | null {
	if (rate === null || !Number.isFinite(rate)) return null;
	if (rate <= 0.05) return 'elite';
	if (rate <= 0.1) return 'high';
	if (rate <= 0.15) return 'medium';
	return 'low';
}

/** A raw CSAT score normalised to 0..1 as the metric library does it; null off the scale. */
export function normaliseScore(score: number, scale: string): number | null {
	const ok = (lo: number, hi: number) => Number.isFinite(score) && score >= lo && score <= hi;
	switch (scale) {
		case '1-5':
			return ok(1, 5) ? (score - 1) / 4 : null;
		case '1-10':
			return ok(1, 10) ? (score - 1) / 9 : null;
		case '0-10':
			return ok(0, 10) ? score / 10 : null;
		case 'good/bad':
			return score === 0 || score === 1 ? score : null;
		default:
			return null;
	}
}
