// The audit trail: one row per security-relevant event (logins, imports, undos, settings,
// mappings, users, share links), written by the code that did it.
import { withConnection, type Db } from './db';
import type { Access } from './access/scope';

export type AuditAction =
	| 'login' | 'login_failed' | 'logout' | 'password_changed'
	| 'import' | 'undo' | 'settings_changed' | 'mapping_saved'
	| 'user_added' | 'user_changed' | 'user_removed'
	| 'share_created' | 'share_used' | 'share_revoked';

export interface AuditEntry {
	audit_id: number;
	at: string;
	actor: string;
	role: string | null;
	action: AuditAction;
	detail: Record<string, unknown>;
}

/** Who did it, in words: access null means the command line (no request, the OS user ran it). */
export function actorOf(access: Access | null): { actor: string; role: string | null } {
	if (!access) return { actor: `command line (${process.env.USER || 'unknown user'})`, role: null };
	if (access.user) return { actor: access.user.name, role: access.user.role };
	if (access.share) return { actor: `share link #${access.share.id}`, role: null };
	return { actor: 'anonymous', role: null };
}

/**
 * Records one event; detail is stored as JSON. The action it records has already
 * happened, so a failure to write is logged loudly rather than failing the request.
 */
export async function audit(db: Db, access: Access | null, action: AuditAction, detail: Record<string, unknown> = {}): Promise<void> {
	const { actor, role } = actorOf(access);
	try {
		await withConnection(db, (conn) => conn.run('audit/add', { actor, role, action, detail: JSON.stringify(detail) }));
	} catch (err) {
		console.error(`onecall: could not write the audit log (${action} by ${actor}):`, err);
	}
}

export class AuditError extends Error {}

/** Events since a date or instant (default: everything), newest first. */
export async function listAudit(db: Db, options: { since?: string; limit?: number } = {}): Promise<AuditEntry[]> {
	const since = options.since?.trim() || '1970-01-01';
	if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/.test(since) || Number.isNaN(Date.parse(since))) {
		throw new AuditError(`since must be a date as YYYY-MM-DD (or an ISO instant), got "${since.slice(0, 40)}"`);
	}
	const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? 1000)), 100_000);
	const rows = await withConnection(db, (conn) =>
		conn.all<Omit<AuditEntry, 'detail'> & { detail: string }>('audit/list', { since, limit })
	);
	return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

/** One line of `onecall audit` and of the admin page's plain-text detail. */
export const detailText = (detail: Record<string, unknown>): string =>
	Object.entries(detail).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
