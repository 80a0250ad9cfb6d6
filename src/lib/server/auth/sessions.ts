// Server-side sessions: a random 32-byte id goes to the browser, only its SHA-256 is
// stored; a session ends after 8 idle hours or 7 days whatever its use, or at logout.
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../access/scope';
import { withConnection, type Db } from '../db';

export const sessionLife = { idleMs: 8 * 3600_000, absoluteMs: 7 * 24 * 3600_000 };
export const sessionCookie = 'onecall_session';
// Writing last-seen on every request would be a write per page view; a minute is fine-grained enough for 8 h.
const touchEveryMs = 60_000;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export interface ResumedSession {
	idHash: string;
	user: { id: number; name: string; role: Role; clients: string[] };
}

/** Starts a session for a user; returns the cookie value (the only copy of the raw id). */
export async function startSession(db: Db, userId: number, meta: { ip?: string; userAgent?: string }, nowMs = Date.now()): Promise<{ cookie: string; idHash: string }> {
	const cookie = randomBytes(32).toString('base64url');
	const idHash = sha256(cookie);
	await withConnection(db, async (conn) => {
		await conn.run('auth/session_purge', { now_ms: nowMs, idle_ms: sessionLife.idleMs, absolute_ms: sessionLife.absoluteMs });
		await conn.run('auth/session_add', {
			id_hash: idHash, user_id: userId, now_ms: nowMs,
			ip: meta.ip?.slice(0, 100) ?? null, user_agent: meta.userAgent?.slice(0, 300) ?? null
		});
	});
	return { cookie, idHash };
}

/** The live session behind a cookie value, or null (unknown, idle too long or too old). */
export async function resumeSession(db: Db, cookie: string, nowMs = Date.now()): Promise<ResumedSession | null> {
	// A real id is 43 base64url characters; anything else is not worth a query.
	if (!/^[A-Za-z0-9_-]{43}$/.test(cookie)) return null;
	const idHash = sha256(cookie);
	return withConnection(db, async (conn) => {
		const rows = await conn.all<{ seen_ms: string; user_id: number; name: string; role: Role; clients: string[] }>('auth/session_resume', {
			id_hash: idHash, now_ms: nowMs, idle_ms: sessionLife.idleMs, absolute_ms: sessionLife.absoluteMs
		});
		if (!rows.length) return null;
		const row = rows[0];
		if (nowMs - Number(row.seen_ms) >= touchEveryMs) await conn.run('auth/session_touch', { id_hash: idHash, now_ms: nowMs });
		return { idHash, user: { id: row.user_id, name: row.name, role: row.role, clients: row.clients } };
	});
}

export async function endSession(db: Db, idHash: string): Promise<void> {
	await withConnection(db, (conn) => conn.run('auth/session_delete', { id_hash: idHash }));
}
