// The caller runs stored with each ticket for the repeat-caller threshold (caller_runs/), kept for
// the threshold setting, and the choice of the headline's repeat-caller count that reads them.
import { dimensions, type Filters } from '$lib/filters';
import type { Conn } from './db';
import { readSettings } from './settings';

/** Where the headline reads its repeat-caller counts per period. */
export const REPEAT_CALLER_COUNTS_PLACEHOLDER = '{{repeat_caller_counts}}';

/** The threshold new tickets' caller runs are worked out for: the setting's (asked per summary, trend and breakdown: kept until the next write). */
export function callerRunThreshold(conn: Conn): Promise<number> {
	return conn.memo('repeat caller threshold', async () => (await readSettings(conn)).repeat_caller_threshold);
}

/**
 * Works every ticket's caller run out again unless it was for the threshold set now: after the
 * threshold setting moved, and once for tickets stored before they were kept (schema version 10).
 */
export async function refreshCallerRuns(conn: Conn): Promise<void> {
	const threshold = await callerRunThreshold(conn);
	if ((await storedThreshold(conn)) === threshold) return;
	await conn.run('caller_runs/refresh_all', { threshold });
	await conn.run('caller_runs/stamp', { threshold });
}

const storedThreshold = (conn: Conn) =>
	conn.memo('caller runs threshold', async () => (await conn.all<{ threshold: number | null }>('caller_runs/threshold'))[0].threshold);

/**
 * Whether the stored caller runs answer who is a repeat caller: no filter is set, the access sees
 * every client (a caller's tickets in scope are then all of them), and the runs were worked out
 * for the threshold set now.
 */
export async function callerRunsAnswer(conn: Conn, filters: Filters, allowedClients: readonly string[] | null): Promise<boolean> {
	return allowedClients === null && !dimensions.some((d) => filters[d]) && (await storedThreshold(conn)) === (await callerRunThreshold(conn));
}

/**
 * A query's text with its {{repeat_caller_counts}} placeholder filled: repeat_callers_stored (from
 * the stored runs) when they answer (callerRunsAnswer), else repeat_callers_counted (per caller,
 * in the filtered scope).
 */
export async function repeatCallerCountsSql(conn: Conn, text: string, filters: Filters, allowedClients: readonly string[] | null): Promise<string> {
	if (!text.includes(REPEAT_CALLER_COUNTS_PLACEHOLDER)) throw new Error(`query has no ${REPEAT_CALLER_COUNTS_PLACEHOLDER} placeholder`);
	const stored = await callerRunsAnswer(conn, filters, allowedClients);
	return text.replaceAll(REPEAT_CALLER_COUNTS_PLACEHOLDER, stored ? 'repeat_callers_stored' : 'repeat_callers_counted');
}
