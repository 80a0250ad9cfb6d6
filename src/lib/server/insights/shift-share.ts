// Shift-share decomposition of a rate's change between two periods over one dimension:
// each value's rate effect plus mix effect, with midpoint weights, adding up to R1 - R0.

/** One dimension value's counts in the previous (0) and current (1) period. */
export interface GroupCounts {
	key: string | null;
	num0: number;
	den0: number;
	num1: number;
	den1: number;
}

export interface Contribution extends GroupCounts {
	/** Share of the period's denominator (0 when the value has none in that period). */
	share0: number;
	share1: number;
	/** The value's own rate; null where it has no denominator in that period. */
	rate0: number | null;
	rate1: number | null;
	rate_effect: number;
	mix_effect: number;
	/** rate_effect + mix_effect; over all values these add up to the total change. */
	contribution: number;
}

export interface Decomposition {
	/** Overall rate (or count) in each period; null rate where a period has no denominator. */
	total0: number | null;
	total1: number | null;
	change: number | null;
	contributions: Contribution[];
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * R = Σ s_g r_g in each period, so R1 - R0 = Σ (s1 r1 - s0 r0), and for every value
 *   s1 r1 - s0 r0 = (r1 - r0)(s0 + s1)/2 + (s1 - s0)(r0 + r1)/2.
 * Σ (s1 - s0) = 0 (shares add up to 1 in both periods), so subtracting R̄ = (R0 + R1)/2
 * from the mix term changes no total but makes it read right: more of a value below the
 * average lowers the rate. A value present in one period only has no rate in the other;
 * it is taken as its rate in the period it has, so its rate effect is 0 and it counts
 * purely by mix, s (r - R̄). Any choice gives the same sum (the r_missing terms cancel);
 * this one never invents a rate change for a value that did not exist.
 */
export function decomposeRate(groups: GroupCounts[]): Decomposition {
	const den0 = sum(groups.map((g) => g.den0));
	const den1 = sum(groups.map((g) => g.den1));
	const total0 = den0 > 0 ? sum(groups.map((g) => g.num0)) / den0 : null;
	const total1 = den1 > 0 ? sum(groups.map((g) => g.num1)) / den1 : null;
	if (total0 === null || total1 === null) return { total0, total1, change: null, contributions: [] };
	const average = (total0 + total1) / 2;
	const contributions = groups
		.filter((g) => g.den0 > 0 || g.den1 > 0)
		.map((g): Contribution => {
			const share0 = g.den0 / den0;
			const share1 = g.den1 / den1;
			const rate0 = g.den0 > 0 ? g.num0 / g.den0 : null;
			const rate1 = g.den1 > 0 ? g.num1 / g.den1 : null;
			const r0 = rate0 ?? rate1!;
			const r1 = rate1 ?? rate0!;
			const rate_effect = ((r1 - r0) * (share0 + share1)) / 2;
			const mix_effect = (share1 - share0) * ((r0 + r1) / 2 - average);
			return { ...g, share0, share1, rate0, rate1, rate_effect, mix_effect, contribution: rate_effect + mix_effect };
		});
	return { total0, total1, change: total1 - total0, contributions };
}

/** A count (volume): each value contributes its own difference, exactly. */
export function decomposeCount(groups: GroupCounts[]): Decomposition {
	const total0 = sum(groups.map((g) => g.den0));
	const total1 = sum(groups.map((g) => g.den1));
	const contributions = groups.map((g): Contribution => {
		const diff = g.den1 - g.den0;
		return {
			...g, share0: total0 ? g.den0 / total0 : 0, share1: total1 ? g.den1 / total1 : 0,
			rate0: null, rate1: null, rate_effect: diff, mix_effect: 0, contribution: diff
		};
	});
	return { total0, total1, change: total1 - total0, contributions };
}
