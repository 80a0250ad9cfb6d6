// The latest change end stored with each ticket (import/refresh_prior_change.sql), brought up
// to date after whatever moves tickets or changes: imports, undo, the schema upgrade.
import type { Conn } from './db';

/** Refreshes one import's tickets (its id) or every ticket (null), unless nothing can move. */
export async function refreshPriorChange(conn: Conn, importId: number | null): Promise<void> {
	const [{ needed }] = await conn.all<{ needed: boolean }>('import/prior_change_needed');
	if (needed) await conn.run('import/refresh_prior_change', { import_id: importId });
}
