// Seeded pseudo-random helpers for the sample-data generator.
// One 32-bit seed drives everything, so the same options always give byte-identical files.

/** mulberry32: tiny, fast and good enough for synthetic data; Math.random cannot be seeded. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Mixes a stream number into the seed, so independent parts of the sample (the world,
 * the changes, the tickets) draw from separate sequences: tweaking how one part is
 * generated then does not reshuffle all the others.
 */
export function deriveSeed(seed: number, stream: number): number {
	let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

export class Random {
	private readonly next: () => number;
	private spare: number | null = null;

	constructor(seed: number) {
		this.next = mulberry32(seed);
	}

	float(): number {
		return this.next();
	}

	/** Integer in [min, max], both inclusive. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	/** Standard normal via Box-Muller; the second value is kept so each pair costs one log/sqrt. */
	normal(): number {
		if (this.spare !== null) {
			const s = this.spare;
			this.spare = null;
			return s;
		}
		const u = 1 - this.next(); // (0, 1]: log(0) would be -Infinity
		const v = this.next();
		const r = Math.sqrt(-2 * Math.log(u));
		this.spare = r * Math.sin(2 * Math.PI * v);
		return r * Math.cos(2 * Math.PI * v);
	}

	/** Log-normal with the given median: the usual shape of service-desk durations (long right tail). */
	lognormal(median: number, sigma: number): number {
		return median * Math.exp(sigma * this.normal());
	}

	/** Fisher-Yates on a copy, so catalogue constants are never mutated. */
	shuffle<T>(items: readonly T[]): T[] {
		const out = items.slice();
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[out[i], out[j]] = [out[j], out[i]];
		}
		return out;
	}
}

/** Weighted choice by binary search over cumulative weights: O(log n) per draw for large caller pools. */
export class WeightedTable<T> {
	private readonly cumulative: Float64Array;
	private readonly total: number;

	constructor(
		readonly items: readonly T[],
		weights: readonly number[]
	) {
		if (items.length === 0 || items.length !== weights.length) {
			throw new RangeError('WeightedTable needs one positive weight per item');
		}
		this.cumulative = new Float64Array(weights.length);
		let sum = 0;
		for (let i = 0; i < weights.length; i++) {
			sum += Math.max(0, weights[i]);
			this.cumulative[i] = sum;
		}
		if (!(sum > 0)) throw new RangeError('WeightedTable weights sum to zero');
		this.total = sum;
	}

	pick(rng: Random): T {
		const x = rng.float() * this.total;
		let lo = 0;
		let hi = this.cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.cumulative[mid] > x) hi = mid;
			else lo = mid + 1;
		}
		return this.items[lo];
	}
}
