// Signing in and out: the throttle first, then the password (a decoy hash for unknown names,
// so both cost the same), a new session on success, and every outcome in the audit log.
import type { Cookies } from '@sveltejs/kit';
import { anonymous, type Access } from '../access/scope';
import { audit } from '../audit';
import { withConnection, type Db } from '../db';
import { decoyHash, verifyPassword } from './password';
import { endSession, sessionCookie, sessionLife, startSession } from './sessions';
import { LoginThrottle } from './throttle';
import { findUser, type StoredUser } from './users';

export const loginThrottle = new LoginThrottle();

export type SignInResult =
	| { ok: true; user: StoredUser; cookie: string; idHash: string }
	| { ok: false; status: 400 | 429; message: string };

export interface ClientMeta {
	ip: string;
	userAgent?: string;
}

export const accessOf = (user: { user_id: number; name: string; role: StoredUser['role']; clients: string[] }, sessionId: string | null): Access => ({
	user: { id: user.user_id, name: user.name, role: user.role },
	sessionId,
	share: null,
	clients: user.role === 'account_manager' ? user.clients : null
});

export async function signIn(db: Db, rawName: string, password: string, meta: ClientMeta, nowMs = Date.now(), throttle = loginThrottle): Promise<SignInResult> {
	const name = rawName.trim().slice(0, 100);
	const waitMs = throttle.waitMs(name, meta.ip, nowMs);
	if (waitMs > 0) {
		return { ok: false, status: 429, message: `Too many failed sign-ins for this name or address; try again in ${Math.ceil(waitMs / 1000)} seconds.` };
	}
	const user = name ? await withConnection(db, (conn) => findUser(conn, name)) : null;
	const matches = await verifyPassword(password, user?.password_hash ?? (await decoyHash()));
	if (!user || !matches) {
		throttle.failed(name, meta.ip, nowMs);
		// Refusals while locked are not logged one by one (a flood would fill the log); the lock's start is.
		const lockedS = Math.ceil(throttle.waitMs(name, meta.ip, nowMs) / 1000);
		await audit(db, anonymous, 'login_failed', { name, ip: meta.ip, reason: user ? 'wrong password' : 'no such user', ...(lockedS > 0 ? { locked_for_s: lockedS } : {}) });
		return { ok: false, status: 400, message: 'Wrong user name or password.' };
	}
	throttle.succeeded(name);
	const { cookie, idHash } = await startSession(db, user.user_id, meta, nowMs);
	await audit(db, accessOf(user, idHash), 'login', { ip: meta.ip });
	return { ok: true, user, cookie, idHash };
}

/**
 * Whether the browser reached us over https. Without ORIGIN, adapter-node names every request
 * https even on plain http (a Secure cookie would then never come back), so the configured
 * origin decides, else a TLS proxy's X-Forwarded-Proto.
 */
export function overHttps(request: Request): boolean {
	const configured = process.env.ONECALL_ORIGIN || process.env.ORIGIN;
	if (configured) return configured.startsWith('https:');
	return request.headers.get('x-forwarded-proto')?.split(',')[0].trim() === 'https';
}

/** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the browser uses https. */
export function setSessionCookie(cookies: Cookies, value: string, request: Request): void {
	cookies.set(sessionCookie, value, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: overHttps(request),
		maxAge: sessionLife.absoluteMs / 1000
	});
}

export async function signOut(db: Db, access: Access, cookies: Cookies): Promise<void> {
	if (access.sessionId) {
		await endSession(db, access.sessionId);
		await audit(db, access, 'logout');
	}
	cookies.delete(sessionCookie, { path: '/', secure: false });
}
