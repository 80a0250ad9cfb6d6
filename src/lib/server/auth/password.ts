// Password hashing with scrypt from node:crypto (memory-hard, no native package): a random
// salt per password, the cost stored with the hash so it can be raised later, constant-time compare.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// N = 2^15, r = 8: 32 MiB and roughly 50-150 ms per hash here, OWASP's scrypt minimum or above.
const cost = { N: 2 ** 15, r: 8, p: 1 };
const keyLength = 32;

export const passwordRules = { min: 10, max: 200 };

export class PasswordError extends Error {}

function derive(password: string, salt: Buffer, options: { N: number; r: number; p: number }): Promise<Buffer> {
	// maxmem must exceed 128 * N * r, which Node's 32 MiB default does not leave room for.
	const params: ScryptOptions = { ...options, maxmem: 256 * options.N * options.r };
	return new Promise((done, fail) =>
		scrypt(password.normalize('NFC'), salt, keyLength, params, (err, key) => (err ? fail(err) : done(key)))
	);
}

/** Says what is wrong with a new password, or null when it will do. */
export function passwordProblem(password: string): string | null {
	if (password.length < passwordRules.min) return `the password must be at least ${passwordRules.min} characters long`;
	if (password.length > passwordRules.max) return `the password must be at most ${passwordRules.max} characters long`;
	return null;
}

/** scrypt$N$r$p$salt$key, salt and key in base64url. */
export async function hashPassword(password: string): Promise<string> {
	const problem = passwordProblem(password);
	if (problem) throw new PasswordError(problem);
	const salt = randomBytes(16);
	const key = await derive(password, salt, cost);
	return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether a password matches a stored hash; a malformed hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const [scheme, n, r, p, salt, key] = stored.split('$');
	if (scheme !== 'scrypt' || !salt || !key || password.length > passwordRules.max) return false;
	const options = { N: Number(n), r: Number(r), p: Number(p) };
	if (![options.N, options.r, options.p].every(Number.isInteger)) return false;
	const expected = Buffer.from(key, 'base64url');
	const actual = await derive(password, Buffer.from(salt, 'base64url'), options);
	return actual.length === expected.length && timingSafeEqual(actual, expected);
}

// Checked against when the user name is unknown, so a wrong name takes as long as a wrong password.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
	decoy ??= hashPassword(randomBytes(18).toString('base64url'));
	return decoy;
}
