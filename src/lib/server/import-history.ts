// The Data page's server side: import history, undo (the replaced versions come
// back), the validation report as CSV, notes on the stored data, saved mappings.
import { parseMapping, type ImportMapping } from '$lib/formats/mapping';
import { csvLine } from '$lib/components/csv';
import { presetByName } from '$lib/formats/presets';
import { withConnection, type Db } from './db';
import { ImportError, serialised } from './importer';
import { refreshPriorChange } from './prior-change';
import { refreshMetricDays, summaryBuiltFrom } from './metric-days';
import { callerRunThreshold } from './caller-runs';
import { storedQualityNotes, type Capability, type PlausibilityCheck, type QualityCounts } from './import-quality';

export interface ImportRecord {
	import_id: number;
	kind: string;
	file_name: string;
	format: string | null;
	user_name: string | null;
	file_bytes: number | null;
	status: 'running' | 'succeeded' | 'skipped' | 'failed' | 'refused' | 'undone';
	rows_read: number | null;
	rows_loaded: number | null;
	rows_rejected: number | null;
	started_at: string;
	duration_ms: number | null;
	message: string | null;
	notes: string[];
	undone_at: string | null;
	/** "What this file can tell" and the plausibility checks (imports since schema 6). */
	capabilities: Capability[] | null;
	checks: PlausibilityCheck[] | null;
}

export async function listImports(db: Db, limit = 200): Promise<ImportRecord[]> {
	const rows = await withConnection(db, (conn) =>
		conn.all<Omit<ImportRecord, 'capabilities' | 'checks'> & { capabilities: string | null; checks: string | null }>('import/history', { limit }));
	// BIGINTs arrive as strings; the page wants numbers.
	const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
	return rows.map((r) => ({
		...r, rows_read: num(r.rows_read), rows_loaded: num(r.rows_loaded), rows_rejected: num(r.rows_rejected),
		duration_ms: num(r.duration_ms), file_bytes: num(r.file_bytes),
		capabilities: r.capabilities ? (JSON.parse(r.capabilities) as Capability[]) : null,
		checks: r.checks ? (JSON.parse(r.checks) as PlausibilityCheck[]) : null
	}));
}

const undoSteps = {
	tickets: [
		'import/undo_callers', 'import/undo_tickets_1_remove', 'import/undo_tickets_2_restore', 'import/undo_tickets_3_rechain', 'import/undo_tickets_4_forget',
		// The touched callers' previous contacts and caller runs, over what is stored now (as after an import).
		'import/prev_caller_moves', 'import/refresh_prev_caller'
	],
	changes: ['import/undo_changes_1_remove', 'import/undo_changes_2_restore', 'import/undo_changes_3_rechain', 'import/undo_changes_4_forget']
};

/**
 * Undoes a succeeded import in one transaction: its tickets that are still current
 * go, the versions it replaced come back. Queued behind running imports. The stored
 * summaries then count again only the days a tickets undo changed (as after an import:
 * import/changed_days.sql), when they were up to date before it.
 */
export function undoImport(db: Db, importId: number): Promise<string> {
	return serialised(() =>
		withConnection(db, async (conn) => {
			const found = await conn.all<{ kind: 'tickets' | 'changes'; file_name: string; status: string }>('import/import_get', { import_id: importId });
			if (!found.length) throw new ImportError(`there is no import #${importId}`);
			const { kind, file_name, status } = found[0];
			if (status !== 'succeeded') throw new ImportError(`import #${importId} (${file_name}) ${status === 'undone' ? 'is already undone' : `${status}: it stored nothing to undo`}`);
			const since = await summaryBuiltFrom(conn);
			await conn.transaction(async () => {
				const params = { import_id: importId, threshold: await callerRunThreshold(conn) };
				if (kind === 'tickets') {
					await conn.run('import/data_end_before');
					// Before the undo takes them away: the days of its tickets and of the versions it brings back.
					await conn.run('import/changed_days', params);
				}
				for (const step of undoSteps[kind]) await conn.run(step, params);
				// The changes left, and the tickets back to earlier versions, move the latest change end before a ticket.
				await refreshPriorChange(conn, null);
				if (kind === 'tickets') await conn.run('import/changed_days_moved');
				await conn.run('import/undo_mark', { import_id: importId });
				await refreshMetricDays(conn, { since });
			});
			return `import #${importId} (${file_name}) undone: its ${kind} are removed or back to their earlier versions`;
		})
	);
}

/** The validation report of one import as CSV: line, column, reason, the raw line. */
export async function rejectsCsv(db: Db, importId: number): Promise<string> {
	const rows = await withConnection(db, (conn) =>
		conn.all<{ line: number | null; column_name: string | null; reason: string; raw_line: string | null }>('import/rejects', { import_id: importId })
	);
	const lines = ['line,column,reason,raw_line', ...rows.map((r) => csvLine([r.line, r.column_name, r.reason, r.raw_line]))];
	return lines.join('\r\n') + '\r\n';
}

/** Data-quality notes over every stored ticket. */
export async function storedNotes(db: Db): Promise<{ tickets: number; notes: string[] }> {
	const q = await withConnection(db, (conn) => conn.one<QualityCounts>('import/quality_stored'));
	return { tickets: Number(q.n), notes: storedQualityNotes(q) };
}

export async function listMappings(db: Db): Promise<ImportMapping[]> {
	const rows = await withConnection(db, (conn) => conn.all<{ spec: string }>('import/mapping_list'));
	return rows.map((r) => parseMapping(JSON.parse(r.spec)));
}

/** Saves a mapping under its name (replacing one of the same name); checks it first. */
export async function saveMapping(db: Db, value: unknown): Promise<ImportMapping> {
	const mapping = parseMapping(value);
	if (presetByName(mapping.name)) throw new ImportError(`"${mapping.name}" is a built-in format; save the mapping under another name`);
	await withConnection(db, (conn) => conn.run('import/mapping_save', { name: mapping.name, spec: JSON.stringify(mapping) }));
	return mapping;
}

/** A plausibility check of an import whose tickets the dashboards show. */
export interface ActiveCheck extends PlausibilityCheck {
	import_id: number;
	file_name: string;
}

/** The checks the dashboards carry as notices (each names the metrics it affects). */
export async function activeChecks(db: Db): Promise<ActiveCheck[]> {
	const rows = await withConnection(db, (conn) => conn.all<{ import_id: number; file_name: string; checks: string }>('import/active_checks'));
	return rows.flatMap((r) => (JSON.parse(r.checks) as PlausibilityCheck[]).map((c) => ({ ...c, import_id: r.import_id, file_name: r.file_name })));
}
