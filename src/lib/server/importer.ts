// Loads a CSV export into the canonical tables: recognise its format (or take the
// analyst's mapping), read it once into typed rows, then one transaction that keeps the
// versions it replaces (for undo), replaces and inserts by id, and records the outcome.
import { basename } from 'node:path';
import type { Kind } from '$lib/canonical';
import { quotedString, withConnection, type Conn, type Db } from './db';
import { recordLines } from './csv-text';
import { ImportInput, InputError } from './file-input';
import { bounded, engineReason, knownReason } from './import-outcome';
import { fileBytes, ImportError, planImport, settleShape, type ImportOptions, type PlannedImport } from './import-plan';
import { collapseEvents, stage, StageError } from './import-stage';
import { refreshPriorChange } from './prior-change';
import { refreshMetricDays, summaryBuiltFrom, type SummaryRefresh } from './metric-days';
import { callerRunThreshold } from './caller-runs';
import { assessImport, changeCapabilities, changeChecks, importQuality, qualityNotes, type Capability, type PlausibilityCheck } from './import-quality';

export { defaultNullTokens, ImportError, type ImportOptions } from './import-plan';

export interface Rejection {
	line: number | null;
	column: string | null;
	reason: string;
}

export interface ImportResult {
	importId: number | null;
	file: string;
	kind: Kind;
	format: string;
	/** Which format was chosen and why. */
	recognition: string;
	status: 'succeeded' | 'skipped' | 'failed';
	rowsRead: number;
	rowsLoaded: number;
	rowsRejected: number;
	rejections: Rejection[];
	notes: string[];
	/** "What this file can tell", metric by metric (tickets imports that loaded). */
	capabilities?: Capability[];
	/** Plausibility checks that fired. */
	checks?: PlausibilityCheck[];
	durationMs: number;
	message: string;
	/** How the stored summaries followed the import (absent when their rebuild failed). */
	summaryRefresh?: SummaryRefresh;
}

// Imports (and undos) take the database's single writer; queueing them keeps each one whole.
let queue: Promise<unknown> = Promise.resolve();

/** Runs fn after every import or undo queued before it. */
export function serialised<T>(fn: () => Promise<T>): Promise<T> {
	const run = queue.then(fn);
	queue = run.catch(() => undefined);
	return run;
}

export function importFile(db: Db, file: string, options: ImportOptions = {}): Promise<ImportResult> {
	return serialised(() =>
		withConnection(db, (conn) =>
			withResources(conn, options, async () => {
				// Up to date before the import: then only the days it changes are counted again.
				const since = await summaryBuiltFrom(conn);
				const result = await importWith(conn, file, options);
				// After the import's own transaction (inside it, the summary of 1.5M tickets ran out
				// of an upload's 128MB) and under its memory cap (without it, rebuilding after a 1 GiB
				// upload grew the server by 324 MiB; with it by 164). Until it is rebuilt, its
				// fingerprint no longer matches, so the figures are counted from the tickets meanwhile;
				// a rebuild that fails leaves it so (the import stands) until the next write or open.
				try {
					result.summaryRefresh = await conn.transaction(() => refreshMetricDays(conn, { since }));
				} catch (err) {
					console.error(`onecall: the daily summary was not rebuilt after ${result.file}; figures are counted from the tickets until it is:`, err);
				}
				return result;
			})
		)
	);
}

// DuckDB's share of a command-line import's memory: past it, the staged rows spill to the
// database's temporary folder instead of growing the process. 10M tickets (2.9 GB of CSV)
// peaked at 6.2 GiB of RSS without it and at 1.7 GiB with it, taking about 2.2x as long; at 1M
// it changes neither time nor memory. ONECALL_IMPORT_MEMORY_LIMIT overrides it (e.g. 8GB).
const defaultCommandLineMemoryLimit = '1GB';

/** The memory limit `onecall import` (and the bench's import) runs with. */
export const commandLineImportMemoryLimit = (): string => process.env.ONECALL_IMPORT_MEMORY_LIMIT || defaultCommandLineMemoryLimit;

/** Runs fn with DuckDB's (instance-wide) memory limit and threads lowered, then puts the old ones back. */
async function withResources<T>(conn: Conn, { memoryLimit, threads }: ImportOptions, fn: () => Promise<T>): Promise<T> {
	if (!memoryLimit && !threads) return fn();
	if (memoryLimit && !/^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i.test(memoryLimit)) throw new ImportError(`memory limit must look like 128MB, not "${memoryLimit}"`);
	if (threads !== undefined && !(Number.isInteger(threads) && threads > 0)) throw new ImportError(`threads must be a positive whole number, not ${threads}`);
	const [old] = await conn.allSql<{ memory_limit: string; threads: number }>(
		"SELECT current_setting('memory_limit') AS memory_limit, current_setting('threads')::INTEGER AS threads"
	);
	// SET takes no parameters; the values are checked above or DuckDB's own.
	const set = (limit: string, n: number) => conn.runSql(`SET memory_limit = ${quotedString(limit)}; SET threads = ${n}`);
	await set(memoryLimit ?? old.memory_limit, threads ?? old.threads);
	try {
		return await fn();
	} finally {
		await set(old.memory_limit, old.threads);
	}
}

/** Imports one file; the temporary files of its input (unpacked, transcoded) go afterwards, whatever happens. */
async function importWith(conn: Conn, file: string, options: ImportOptions): Promise<ImportResult> {
	const input = new ImportInput(file);
	try {
		return await importInput(conn, input, options);
	} finally {
		await input.cleanup();
	}
}

async function importInput(conn: Conn, input: ImportInput, options: ImportOptions): Promise<ImportResult> {
	const started = performance.now();
	const file = input.file;
	const name = options.displayName ?? basename(file);
	let planned: PlannedImport;
	try {
		try {
			await input.open(options.encoding ?? options.mapping?.encoding);
		} catch (err) {
			throw err instanceof InputError ? new ImportError(`${name}: cannot be imported: ${err.message}`) : err;
		}
		planned = await planImport(conn, input.csvPath, name, options);
	} catch (err) {
		// A file refused before any data is read still gets its line in the history.
		if (err instanceof ImportError) {
			err.message = bounded(err.message);
			await conn.run('import/refused', {
				kind: options.kind ?? options.mapping?.kind ?? '', file_name: name, format: options.mapping?.name ?? options.format ?? null,
				user_name: options.user ?? '', file_bytes: fileBytes(file), duration_ms: Math.round(performance.now() - started), message: err.message
			});
		}
		throw err;
	}
	const { plan, resolved, recognition, carried, effective } = planned;
	const { mapping } = resolved;
	const kind = mapping.kind;
	// Recorded as running before anything else, so a crash leaves a trace in the history.
	const [{ import_id: importId }] = await conn.all<{ import_id: number }>('import/begin', {
		kind, file_name: name, format: mapping.name, columns: JSON.stringify(carried),
		mapping: effective,
		user_name: options.user ?? '', file_bytes: fileBytes(file)
	});
	const base = { importId, file: name, kind, format: mapping.name, recognition };
	const finish = async (status: ImportResult['status'], counts: Counts, message: string, sha256: string | null, notes: string[] = []) => {
		const durationMs = Math.round(performance.now() - started);
		await conn.run('import/finish', {
			import_id: importId, status, sha256, rows_read: counts.rowsRead, rows_loaded: counts.rowsLoaded,
			rows_rejected: counts.rowsRejected, duration_ms: durationMs, message: bounded(message), notes: JSON.stringify(notes)
		});
		return { ...base, status, ...counts, notes, durationMs, message };
	};
	const none: Counts = { rowsRead: 0, rowsLoaded: 0, rowsRejected: 0, rejections: [] };
	let sha256: string | null = null;
	try {
		// Node hashes and checks the bytes (UTF-8 throughout, no NUL) while DuckDB parses on its
		// own threads: on a UTF-8 file the identical-file check and the encoding cost no extra pass.
		// Both are waited for: the bytes' verdict decides whether DuckDB's read stands.
		const [verified, staged] = await Promise.allSettled([input.verify(plan), withProgress(conn, options.onProgress, () => stage(conn, plan))]);
		if (verified.status === 'rejected') throw verified.reason;
		sha256 = verified.value.sha256;
		// Not UTF-8 after all (past the first bytes): DuckDB reads the transcoded copy instead.
		let valueNotes: string[];
		if (verified.value.restage) valueNotes = await withProgress(conn, options.onProgress, () => stage(conn, { ...plan, file: input.csvPath }));
		else if (staged.status === 'rejected') throw staged.reason;
		else valueNotes = staged.value;
		plan.file = input.csvPath;
		const earlier = await conn.all<{ import_id: number; file_name: string }>('import/previous_success', { sha256, kind, mapping: effective });
		if (earlier.length > 0) {
			const { import_id: id, file_name: earlierName } = earlier[0];
			return await finish('skipped', none, `${name}: identical to import #${id} (${earlierName}); nothing changed`, sha256);
		}
		// List export or event log, decided from the staged rows (ids that repeat).
		await settleShape(conn, planned);
		Object.assign(base, { format: planned.resolved.mapping.name, recognition: planned.recognition });
		const { counts, notes, meaning } = await conn.transaction(() => load(conn, planned, importId, options));
		notes.unshift(...input.notes, ...valueNotes);
		// Every row rejected is a failed import, whatever was read: nothing of the file is in the figures.
		if (counts.rowsRead > 0 && counts.rowsLoaded === 0 && counts.rowsRejected >= counts.rowsRead) {
			const first = counts.rejections[0];
			const example = first ? ` The first: line ${first.line ?? '?'}${first.column ? `, column ${first.column}` : ''}: ${first.reason}.` : '';
			const message = `${name}: all ${counts.rowsRead.toLocaleString('en')} rows were rejected, so nothing was loaded (import failed; the validation report lists why).${example}`;
			return { ...(await finish('failed', counts, message, sha256, notes)), ...meaning };
		}
		const message = `${name}: ${counts.rowsLoaded} ${kind} loaded, ${counts.rowsRejected} rows rejected of ${counts.rowsRead} read`;
		return { ...(await finish('succeeded', counts, message, sha256, notes)), ...meaning };
	} catch (err) {
		const raw = (err as Error).message ?? '';
		let reason =
			err instanceof ImportError ? raw
			: err instanceof InputError ? `${name}: ${raw}`
			: err instanceof StageError ? (knownReason(raw) ? `${name}: ${knownReason(raw)}` : raw)
			: `${name}: ${engineReason(err)}`;
		// The width is what a memory failure most often comes from (500 columns load in 128MB, 1,000 do not).
		if (/ran out of the memory/.test(reason)) reason += ` (the file has ${planned.plan.headers.length.toLocaleString('en')} columns)`;
		const message = `${bounded(reason)} (import failed; nothing of it was stored)`;
		await finish('failed', none, message, sha256);
		throw new ImportError(message);
	}
}

type Counts = Pick<ImportResult, 'rowsRead' | 'rowsLoaded' | 'rowsRejected' | 'rejections'>;

async function load(conn: Conn, { plan, resolved, carried }: PlannedImport, importId: number, options: ImportOptions) {
	const params = {
		import_id: importId, source: options.source ?? resolved.mapping.name,
		default_csat_scale: options.csatScale ?? resolved.mapping.csatScale ?? '1-5'
	};
	const [{ n: staged }] = await conn.allSql<{ n: number }>('SELECT count(*)::INTEGER AS n FROM import_typed');
	const [rejected] = await conn.all<{ reader_rows: string; typed_rows: string }>('import/reject_counts');
	const readerRows = Number(rejected.reader_rows);
	const typedRows = Number(rejected.typed_rows);
	await conn.run('import/build_reject_report', { max_rows: reportRows });
	// Record numbers become editor line numbers only when something was rejected.
	if (readerRows + typedRows > 0) {
		const records = await conn.all<{ record: string }>('import/reject_records');
		const lines = await recordLines(plan.file, records.map((r) => Number(r.record)));
		await conn.run('import/reject_lines', { lines: JSON.stringify(lines) });
	}
	if (resolved.mapping.eventLog && plan.kind === 'tickets') await collapseEvents(conn, plan, resolved.mapping.firstLevel ?? '');
	// The rows each ticket is stored from, before the quality pass checks exactly those.
	if (plan.kind === 'tickets') {
		await conn.run('import/latest_tickets');
		await conn.run('import/superseded_rows');
	}
	const assessed = plan.kind === 'tickets' ? await importQuality(conn, resolved, { columns: carried, default_csat_scale: params.default_csat_scale }) : null;
	const quality = assessed?.counts ?? null;
	if (plan.kind === 'tickets') await storeTickets(conn, params);
	else {
		await conn.run('import/keep_replaced_changes', params);
		await conn.run('import/delete_replaced_changes');
		await conn.run('import/insert_changes', params);
		// Every ticket's latest change end before it may have moved.
		await refreshPriorChange(conn, null);
	}
	await conn.run('import/store_rejects', params);
	const [{ n: loaded }] = await conn.allSql<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM ${plan.kind} WHERE import_id = $import_id`,
		params
	);
	const counts: Counts = {
		rowsRead: staged + readerRows,
		rowsLoaded: loaded,
		rowsRejected: readerRows + typedRows,
		rejections: (await conn.all<{ line: string; column_name: string | null; reason: string }>('import/reject_sample', { max_rows: resultRejections }))
			.map((r) => ({ line: Number(r.line), column: r.column_name, reason: r.reason }))
	};
	// Accepted rows beyond the tickets stored repeated an id (the last row of each won).
	const repeated = quality && !resolved.mapping.eventLog ? Math.max(0, Number(quality.n) - loaded) : 0;
	const notes = quality ? qualityNotes({ ...quality, repeated_ids: repeated }, new Set(carried), resolved, staged) : [];
	const meaning = quality
		? await assessImport(conn, resolved, quality, assessed?.stats ?? [], counts.rowsRead, counts.rowsRejected)
		: { capabilities: changeCapabilities(resolved, loaded), checks: changeChecks(counts.rowsRead, counts.rowsRejected), priorities: null };
	if ('priorities' in meaning && meaning.priorities) notes.push(meaning.priorities);
	for (const check of meaning.checks) notes.push(`check: ${check.message}`);
	await conn.run('import/set_meaning', {
		import_id: importId, format: resolved.mapping.name, columns: JSON.stringify(carried),
		capabilities: JSON.stringify(meaning.capabilities), checks: JSON.stringify(meaning.checks)
	});
	if (readerRows > reportRows || typedRows > reportRows) {
		notes.push(`${counts.rowsRejected.toLocaleString('en')} rows rejected: the validation report lists the first ${reportRows.toLocaleString('en')} of each kind (unreadable rows, bad values)`);
	}
	return { counts, notes, meaning: { capabilities: meaning.capabilities, checks: meaning.checks } };
}

// The validation report lists the problems of at most this many rejected rows of each
// kind (the reader's, typing's); the counts are always whole. A 1 GB file with a date
// format not given would otherwise carry millions of identical reasons through memory.
const reportRows = 100_000;
// Problems carried in an import's result (the CLI prints 20, the page shows the first).
const resultRejections = 1_000;

// Rows of the file per batch of the ticket statements: a batch's join fits in about
// 100MB, so an upload's memory (128MB for DuckDB) does not grow with the file (a 1 GB
// file is 8 batches). Batches cost time, though: rows a transaction inserts in more than
// one statement are compressed again by the checkpoint (1M tickets in 2 batches: +1.2 s,
// single-threaded), so a larger memory limit takes larger batches (2M rows per GB: a 1M
// command-line import is one statement).
const minimumBatchRows = 500_000;
const batchRowsPerMiB = 2_000;

/** DuckDB's memory limit as current_setting shows it ("953.6 MiB") in MiB; null when unreadable. */
function limitMiB(memoryLimit: string): number | null {
	const m = /^([\d.]+)\s*(KiB|MiB|GiB|TiB|KB|MB|GB|TB|bytes)?$/i.exec(memoryLimit.trim());
	if (!m) return null;
	const unit = (m[2] ?? 'bytes').toLowerCase();
	const scale: Record<string, number> = { bytes: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40 };
	return (Number(m[1]) * scale[unit]) / 2 ** 20;
}

/** Rows per batch for DuckDB's memory limit as current_setting shows it ("953.6 MiB"). */
export function ticketBatchRows(memoryLimit: string): bigint {
	const mib = limitMiB(memoryLimit);
	return BigInt(mib === null ? minimumBatchRows : Math.max(minimumBatchRows, Math.floor(mib * batchRowsPerMiB)));
}

// The tickets are stored by month and client (import/insert_tickets_sorted.sql) only from this
// memory limit up: a command-line import's 1GB sorts its batches in memory (+0.6 s per 1M
// tickets). Under an upload's 128MB the sort took the memory the dashboards answer in (/api/metrics
// ran out of it during a 1 GiB upload) and grew the server by 304 MiB, so uploads keep the file's order.
const sortedInsertMinimumMiB = 512;

/** Whether a batch is stored by month and client at this memory limit (current_setting's form). */
export const storesSorted = (memoryLimit: string): boolean => (limitMiB(memoryLimit) ?? 0) >= sortedInsertMinimumMiB;

/**
 * Replaces and inserts the file's tickets batch by batch (each ticket, by its
 * stored row, is in one batch), keeping the replaced versions for undo.
 */
async function storeTickets(conn: Conn, params: { import_id: number; source: string; default_csat_scale: string }) {
	// Row ids as BigInt: an event log's collapsed rows are made inside the transaction,
	// where DuckDB numbers them from 2^55, past what a JS number holds exactly.
	const [{ first, last }] = await conn.allSql<{ first: string | null; last: string | null }>(
		'SELECT min(row_id)::VARCHAR AS first, max(row_id)::VARCHAR AS last FROM import_latest'
	);
	const [{ limit }] = await conn.allSql<{ limit: string }>("SELECT current_setting('memory_limit') AS limit");
	const size = ticketBatchRows(limit);
	const batches: { first_row: bigint; end_row: bigint }[] = [];
	if (first !== null && last !== null) {
		for (let from = BigInt(first); from <= BigInt(last); from += size) batches.push({ first_row: from, end_row: from + size });
	}
	const [{ stored }] = await conn.all<{ stored: boolean }>('import/tickets_stored');
	if (stored) {
		await conn.run('import/data_end_before');
		for (const batch of batches) {
			await conn.run('import/keep_replaced_tickets', { ...params, ...batch });
			await conn.run('import/delete_replaced_tickets', batch);
		}
	}
	// Previous contacts are worked out once the replaced tickets are gone.
	const threshold = await callerRunThreshold(conn);
	await conn.run('import/previous_contacts', { threshold });
	// FSST (a string compression DuckDB tries on every text column) is left out while the
	// tickets are written: at 1M rows it cost ~450 ms of CPU of ~3 s, for a file ~25 %
	// smaller; ids and subjects are stored dictionary-coded or plain instead. Each row
	// group is written as soon as it is full rather than five held back to be written
	// together: a 1M command-line import grew by 960 MiB of RSS instead of 1,136 (means of three), in the same time.
	await conn.runSql("SET disabled_compression_methods = 'fsst,dict_fsst'; SET write_buffer_row_group_count = 1");
	try {
		await conn.run('import/stored_ticket_rows');
		const insert = storesSorted(limit) ? 'import/insert_tickets_sorted' : 'import/insert_tickets';
		for (const batch of batches) await conn.run(insert, { ...params, ...batch });
	} finally {
		// After a failed insert the transaction is aborted and the RESET fails as well; its
		// error ("Current transaction is aborted") must not stand in for the insert's own
		// (an out-of-memory said so in those words). The connection is closed after the import.
		await conn.runSql('RESET disabled_compression_methods; RESET write_buffer_row_group_count').catch(() => undefined);
	}
	await conn.run('import/touched_callers', params);
	await conn.run('import/prev_caller_moves', { ...params, threshold });
	await conn.run('import/refresh_prev_caller');
	await refreshPriorChange(conn, params.import_id);
	// The days the stored summaries must count again; into an empty store, every day is new.
	if (stored) {
		await conn.run('import/changed_days', params);
		await conn.run('import/changed_days_moved');
	}
}

/** Polls DuckDB's progress of the running statement while fn runs. */
async function withProgress<T>(conn: Conn, onProgress: ((p: number) => void) | undefined, fn: () => Promise<T>): Promise<T> {
	if (!onProgress) return fn();
	// Tracked from the start (progress_bar_time 0), never printed to the terminal.
	await conn.runSql('SET enable_progress_bar = true; SET enable_progress_bar_print = false; SET progress_bar_time = 0');
	const timer = setInterval(() => {
		const p = conn.progress();
		if (p >= 0) onProgress(Math.min(100, p));
	}, 100);
	try {
		return await fn();
	} finally {
		clearInterval(timer);
		onProgress(100);
	}
}
