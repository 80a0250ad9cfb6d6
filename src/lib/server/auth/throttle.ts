// Sign-in rate limiting: failed attempts counted per user name and per client address,
// in memory; past a few free tries each further failure doubles the wait, up to a ceiling.

export interface ThrottleRule {
	/** Failures allowed before waits begin. */
	free: number;
	/** The first wait; each later failure doubles it. */
	baseMs: number;
	maxMs: number;
}

interface Failures {
	count: number;
	lastMs: number;
	lockedUntilMs: number;
}

// A name is one person's account; an address may be a whole office behind one NAT.
export const defaultRules = {
	name: { free: 5, baseMs: 2_000, maxMs: 15 * 60_000 },
	address: { free: 25, baseMs: 2_000, maxMs: 15 * 60_000 }
} satisfies Record<string, ThrottleRule>;

// Failures older than this are forgotten; it also bounds how long an entry is kept.
const forgetAfterMs = 30 * 60_000;
// Caps the memory an attacker can take by failing under endless new names.
const maxEntries = 50_000;

export class LoginThrottle {
	private readonly entries = new Map<string, Failures>();

	constructor(private readonly rules: { name: ThrottleRule; address: ThrottleRule } = defaultRules) {}

	/** Milliseconds to wait before this name and address may try again; 0 = go ahead. */
	waitMs(name: string, address: string, nowMs: number): number {
		const keys = [this.key('name', name), this.key('address', address)];
		return Math.max(0, ...keys.map((k) => (this.live(k, nowMs)?.lockedUntilMs ?? 0) - nowMs));
	}

	failed(name: string, address: string, nowMs: number): void {
		this.bump(this.key('name', name), this.rules.name, nowMs);
		this.bump(this.key('address', address), this.rules.address, nowMs);
	}

	/** A right password clears its name's count; the address's decays on its own, so one
	 *  known account cannot reset an address that is guessing at others. */
	succeeded(name: string): void {
		this.entries.delete(this.key('name', name));
	}

	private key(kind: 'name' | 'address', value: string): string {
		return `${kind}:${kind === 'name' ? value.trim().toLowerCase() : value}`;
	}

	private live(key: string, nowMs: number): Failures | undefined {
		const entry = this.entries.get(key);
		if (entry && nowMs - entry.lastMs > forgetAfterMs && nowMs >= entry.lockedUntilMs) {
			this.entries.delete(key);
			return undefined;
		}
		return entry;
	}

	private bump(key: string, rule: ThrottleRule, nowMs: number): void {
		const entry = this.live(key, nowMs) ?? { count: 0, lastMs: nowMs, lockedUntilMs: 0 };
		entry.count++;
		entry.lastMs = nowMs;
		const over = entry.count - rule.free;
		if (over > 0) entry.lockedUntilMs = nowMs + Math.min(rule.maxMs, rule.baseMs * 2 ** (over - 1));
		this.entries.delete(key);
		this.entries.set(key, entry);
		// Map keeps insertion order, and bump re-inserts: the first key is the stalest.
		if (this.entries.size > maxEntries) this.entries.delete(this.entries.keys().next().value!);
	}
}
