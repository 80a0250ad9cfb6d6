// When the sample's tickets arrive: daily volumes over the year, hours of the day, and the
// bursts of incidents that follow a change that went wrong. Times are whole minutes since the epoch.

import type { Random } from './random';
import type { Change } from './world';

const DAY = 1440;

/** Sunday..Saturday: Mondays busiest, weekends nearly empty. */
const WEEKDAY = [0.08, 1.25, 1.1, 1.05, 1.0, 0.85, 0.12];
/** Arrivals by hour (UTC): a morning peak, a lunch dip, a quieter afternoon; weekends flat and thin. */
export const HOURS_WEEKDAY = [0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 2.5, 6, 8, 7.5, 6.5, 4.5, 6, 6.5, 6, 5, 3, 1.5, 0.8, 0.5, 0.4, 0.3, 0.2];
export const HOURS_WEEKEND = HOURS_WEEKDAY.map((w, h) => (h >= 8 && h <= 18 ? 1 : 0.3) + w * 0.05);

/** An incident raised by a change's fallout; link 0 = caused_by_change, 1 = related_change only, 2 = no link ("suspected"). */
export interface Burst {
	t: number;
	change: Change;
	link: 0 | 1 | 2;
}

/** ~10% of changes break something: mostly failed or backed-out ones, a few "successful" ones too. */
export function planBursts(rng: Random, changes: Change[], endMin: number, budget: number): Burst[] {
	const bursts: Burst[] = [];
	for (const change of changes) {
		const p = change.outcome === 'failed' ? 0.45 : change.outcome === 'backed_out' ? 0.3 : 0.035;
		if (!rng.chance(p)) continue;
		const size = Math.min(30, Math.max(3, Math.round(rng.lognormal(7, 0.55))));
		if (bursts.length + size > budget) continue;
		for (let i = 0; i < size; i++) {
			// Most calls come in the first hours after the change, tailing off over the day.
			const t = change.actualEnd + 1 + Math.floor(1438 * rng.float() ** 2.2);
			const l = rng.float();
			if (t < endMin) bursts.push({ t, change, link: l < 0.75 ? 0 : l < 0.87 ? 1 : 2 });
		}
	}
	return bursts.sort((a, b) => a.t - b.t);
}

/** Background tickets per day: weekday pattern, a winter peak and summer dip, holidays, slow growth, a little noise. */
export function dayCounts(rng: Random, startMin: number, days: number, total: number): number[] {
	const weights: number[] = [];
	for (let d = 0; d < days; d++) {
		const date = new Date((startMin + d * DAY) * 60_000);
		const month = date.getUTCMonth();
		const dom = date.getUTCDate();
		const seasonal = 1 + 0.08 * Math.cos((2 * Math.PI * (month + dom / 31 - 0.5)) / 12);
		const summer = month === 7 ? 0.88 : 1;
		const holiday = (month === 11 && (dom === 25 || dom === 26)) || (month === 0 && dom === 1) ? 0.15 : month === 11 && dom > 23 ? 0.6 : 1;
		// A growing client base gives period-over-period deltas something to show.
		const trend = 0.94 + (0.12 * d) / days;
		weights.push(WEEKDAY[date.getUTCDay()] * seasonal * summer * holiday * trend * rng.lognormal(1, 0.08));
	}
	const sum = weights.reduce((a, b) => a + b, 0);
	// Rounding the running total (not each day) makes the counts add up to exactly `total`.
	const counts: number[] = [];
	let acc = 0;
	let given = 0;
	for (const w of weights) {
		acc += w;
		const upTo = Math.round((acc / sum) * total);
		counts.push(upTo - given);
		given = upTo;
	}
	return counts;
}
