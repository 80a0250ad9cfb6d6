// The sentences of the drivers, as a manager would repeat them: what moved, by how much,
// and why (a value's own rate moved, or there were more or fewer of its tickets).
import { formatCount, formatPercent, plural } from '$lib/format';
import type { DriverDimension, DriverMetric } from './drivers';
import type { Contribution } from './shift-share';

export const metricWords: Record<DriverMetric, string> = {
	fcr: 'FCR',
	csat: 'CSAT',
	sla: 'SLA attainment',
	repeat_contacts: 'Repeat contacts',
	change_caused: 'Change-caused share',
	reopen_rate: 'Reopen rate',
	reassignment_rate: 'Reassignment rate',
	volume: 'Volume'
};

const MINUS = '\u2212';
const NBSP = '\u00a0';
/** Percentage points with a sign, one decimal: "−2.3 pp". */
export const points = (x: number): string => {
	const v = Math.round(x * 1000) / 10;
	return `${v > 0 ? '+' : v < 0 ? MINUS : ''}${Math.abs(v).toFixed(1)}${NBSP}pp`;
};
const pct = (x: number | null) => formatPercent(x, 0);
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? MINUS : ''}${formatCount(Math.abs(n))}`;

/** A dimension value as the subject of a sentence. */
export function subject(dimension: DriverDimension, key: string | null): string {
	if (key === null) return `tickets with no ${dimension}`;
	switch (dimension) {
		case 'team':
			return `team ${key}`;
		case 'agent':
			return `agent ${key}`;
		case 'client':
			return key;
		case 'channel':
			return `the ${key} channel`;
		case 'priority':
			return `${key} tickets`;
		default:
			return `${dimension} ${key}`;
	}
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function headlineSentence(metric: DriverMetric, before: number | null, now: number | null): string {
	const name = metricWords[metric];
	if (before === null || now === null) return `${name}: no comparison (a period has no tickets to measure).`;
	if (metric === 'volume') {
		const diff = now - before;
		if (diff === 0) return `Volume did not change (${plural(now, 'ticket')}).`;
		const rel = before > 0 ? ` (${diff > 0 ? '+' : MINUS}${Math.abs((diff / before) * 100).toFixed(1)}${NBSP}%)` : '';
		return `Volume ${diff > 0 ? 'rose' : 'fell'} by ${plural(Math.abs(diff), 'ticket')}${rel}, from ${formatCount(before)} to ${formatCount(now)}.`;
	}
	const change = now - before;
	if (Math.abs(change) < 0.0005) return `${name} did not change (${formatPercent(now)}).`;
	return `${name} ${change > 0 ? 'rose' : 'fell'} ${points(Math.abs(change)).replace('+', '')}, from ${formatPercent(before)} to ${formatPercent(now)}.`;
}

/**
 * One value's part in the change. The larger of its two effects decides the wording; the
 * points quoted are its whole contribution (rate + mix), so the sentences add up.
 */
export function driverSentence(
	metric: DriverMetric, dimension: DriverDimension, c: Contribution, tickets: number, total0: number | null, total1: number | null,
	quotesPrevious = false
): string {
	const who = subject(dimension, c.key);
	// The count its link lists: the previous period's when the value is too small now.
	const count = `${plural(tickets, 'ticket')}${quotesPrevious ? ' before' : ''}`;
	const name = metricWords[metric];
	if (metric === 'volume') {
		const diff = c.den1 - c.den0;
		if (c.den0 === 0) return `${capital(who)}: ${formatCount(c.den1)} new tickets, none before (${signed(diff)}; ${count}).`;
		return `${capital(who)}: ${formatCount(c.den1)} tickets, ${diff >= 0 ? 'up' : 'down'} from ${formatCount(c.den0)} (${signed(diff)}; ${count}).`;
	}
	const lower = name === 'FCR' || name === 'CSAT' || name === 'SLA attainment' ? name : name.toLowerCase();
	const tail = `(${points(c.contribution)}; ${count})`;
	if (c.rate0 === null) return `New: ${who}, none before, now ${pct(c.share1)} of the total at ${lower} ${pct(c.rate1)} ${tail}.`;
	if (c.rate1 === null) return `No more ${who}: ${pct(c.share0)} of the total before, at ${lower} ${pct(c.rate0)} ${tail}.`;
	if (Math.abs(c.rate_effect) >= Math.abs(c.mix_effect)) {
		const moved = c.rate1 > c.rate0 ? 'rose' : c.rate1 < c.rate0 ? 'fell' : 'stayed';
		return `${capital(who)}: own ${lower} ${moved} from ${pct(c.rate0)} to ${pct(c.rate1)} ${tail}.`;
	}
	const average = total0 !== null && total1 !== null ? (total0 + total1) / 2 : null;
	const own = (c.rate0 + c.rate1) / 2;
	const side = average === null ? '' : own < average ? ` below the ${pct(average)} average` : ` above the ${pct(average)} average`;
	return `${c.share1 > c.share0 ? 'More' : 'Fewer'} ${who.endsWith('tickets') ? who : `${who} tickets`} (${pct(c.share1)} of the total, was ${pct(c.share0)}), whose ${lower} of ${pct(own)} is${side} ${tail}.`;
}
