// First start: with no users, a one-time link (random token, only its SHA-256 stored)
// creates the first admin in the browser; printed by `onecall start` and kept in a 0600 file.
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { accessOf } from './login';
import { audit } from '../audit';
import { withConnection, type Db } from '../db';
import { sha256 } from './sessions';
import { addUser, userCount, UserError } from './users';

/** The file beside the database that holds the link while it is live. */
export const setupLinkFile = (dbPath: string): string => `${dbPath}.setup-link`;

/** Makes a fresh token when there are no users (earlier ones die); returns it, or null when users exist. */
export async function issueSetupToken(db: Db): Promise<string | null> {
	return withConnection(db, async (conn) => {
		if ((await userCount(conn)) > 0) {
			await conn.run('auth/setup_token_clear');
			return null;
		}
		const token = randomBytes(32).toString('base64url');
		await conn.transaction(async () => {
			await conn.run('auth/setup_token_clear');
			await conn.run('auth/setup_token_add', { token_hash: sha256(token) });
		});
		return token;
	});
}

/** Prints nothing itself: writes the link file (owner-only) and returns the link, or null. */
export async function announceSetup(db: Db, origin: string): Promise<string | null> {
	const file = setupLinkFile(db.path);
	const token = await issueSetupToken(db);
	if (!token) {
		rmSync(file, { force: true });
		return null;
	}
	const link = `${origin}/setup?token=${token}`;
	if (db.path !== ':memory:') writeFileSync(file, link + '\n', { mode: 0o600 });
	return link;
}

/** 'ok', 'used' (users exist: the link is spent) or 'invalid' (unknown token). */
export async function setupTokenState(db: Db, token: string): Promise<'ok' | 'used' | 'invalid'> {
	return withConnection(db, async (conn) => {
		if ((await userCount(conn)) > 0) return 'used';
		if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return 'invalid';
		const { n } = await conn.one<{ n: number }>('auth/setup_token_find', { token_hash: sha256(token) });
		return n > 0 ? 'ok' : 'invalid';
	});
}

/** Creates the first admin with a live token; the token and its file die with it. */
export async function completeSetup(db: Db, token: string, name: string, password: string) {
	const state = await setupTokenState(db, token);
	if (state !== 'ok') throw new UserError(state === 'used' ? 'setup is already done: sign in instead' : 'this setup link is not valid (an older or mistyped link?)');
	// addUser re-checks the token and clears it in the transaction that adds the user.
	const user = await addUser(db, { name, role: 'admin', password }, sha256(token));
	if (db.path !== ':memory:') rmSync(setupLinkFile(db.path), { force: true });
	await audit(db, accessOf({ ...user, clients: [] }, null), 'user_added', { name: user.name, role: 'admin', via: 'setup link' });
	return user;
}
