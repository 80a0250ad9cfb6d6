// Loads a CSV export into the canonical tables: recognise its format (or take the
// analyst's mapping), read it once into typed rows, then one transaction that keeps the
// versions it replaces (for undo), replaces and inserts by id, and records the outcome.
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { guessKind, type Kind } from '$lib/canonical';
import { defaultResolvedValues, parseMapping, resolveMapping, type ImportMapping, type ResolvedMapping } from '$lib/formats/mapping';
import { presetByName } from '$lib/formats/presets';
import { recognise } from '$lib/formats/recognise';
import { quotedString, withConnection, type Conn, type Db } from './db';
import { readCsvHeader, recordStartLines, type Encoding } from './csv-text';
import { collapseEvents, firstLine, stage, StageError, type StagePlan } from './import-stage';
import { qualityNotes, type QualityCounts } from './import-quality';

export interface ImportOptions {
	kind?: Kind;
	/** A preset (e.g. servicenow-incident) or a saved mapping's name. */
	format?: string;
	/** An explicit mapping (a --mapping file, the mapping screen). */
	mapping?: ImportMapping;
	/** Cell values that mean "no value", besides the empty cell and the defaults. */
	nullTokens?: string[];
	/** strptime formats for date/times that are not ISO 8601. */
	dateFormats?: string[];
	/** Zone of date/times written without an offset. */
	timezone?: string;
	delimiter?: string;
	encoding?: Encoding;
	/** Scale of csat_score when the file has no csat_scale column. */
	csatScale?: string;
	resolvedValues?: string[];
	source?: string;
	/** The name shown in the history (an upload's temp file has another). */
	displayName?: string;
	user?: string;
	/**
	 * DuckDB memory cap while this import runs (e.g. "192MB"; the import spills to
	 * disk beyond it): the server bounds its memory with it, the CLI runs unbounded.
	 */
	memoryLimit?: string;
	/** Loading progress, 0-100, while DuckDB reads the file. */
	onProgress?: (percent: number) => void;
}

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
	durationMs: number;
	message: string;
}

export class ImportError extends Error {}

export const defaultNullTokens = ['', '?', '#N/A', 'N/A', 'NULL', 'null'];

// Imports (and undos) take the database's single writer; queueing them keeps each one whole.
let queue: Promise<unknown> = Promise.resolve();

/** Runs fn after every import or undo queued before it. */
export function serialised<T>(fn: () => Promise<T>): Promise<T> {
	const run = queue.then(fn);
	queue = run.catch(() => undefined);
	return run;
}

export function importFile(db: Db, file: string, options: ImportOptions = {}): Promise<ImportResult> {
	return serialised(() => withConnection(db, (conn) => withMemoryLimit(conn, options.memoryLimit, () => importWith(conn, file, options))));
}

/** Runs fn with DuckDB's (instance-wide) memory limit lowered, then puts the old one back. */
async function withMemoryLimit<T>(conn: Conn, limit: string | undefined, fn: () => Promise<T>): Promise<T> {
	if (!limit) return fn();
	if (!/^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i.test(limit)) throw new ImportError(`memory limit must look like 192MB, not "${limit}"`);
	const [{ old }] = await conn.allSql<{ old: string }>("SELECT current_setting('memory_limit') AS old");
	// SET takes no parameters; both values are checked or DuckDB's own.
	await conn.runSql(`SET memory_limit = ${quotedString(limit)}`);
	try {
		return await fn();
	} finally {
		await conn.runSql(`SET memory_limit = ${quotedString(old)}`);
	}
}

async function chooseMapping(conn: Conn, headers: string[], name: string, options: ImportOptions, delimiterHint: string) {
	let mapping = options.mapping;
	if (!mapping && options.format) {
		mapping = presetByName(options.format);
		if (!mapping) {
			const saved = await conn.all<{ spec: string }>('import/mapping_get', { name: options.format });
			if (!saved.length) throw new ImportError(`${name}: no format or saved mapping named "${options.format}"`);
			mapping = parseMapping(JSON.parse(saved[0].spec));
		}
	}
	if (mapping) {
		if (options.kind && mapping.kind !== options.kind) {
			throw new ImportError(`${name}: mapping "${mapping.name}" is for ${mapping.kind}, not ${options.kind}`);
		}
		const resolved = resolveMapping(mapping, headers);
		return { resolved, recognition: `${mapping.label ?? mapping.name} (as asked)` };
	}
	const found = recognise(headers, options.kind);
	if (found.status === 'unrecognised' && !options.kind && !guessKind(headers)) {
		throw new ImportError(
			`${name} line 1: cannot tell whether this is a tickets or a changes export; the header needs ticket_id and created_at (or change_id), or a mapping (--format, --mapping). Found: ${headers.join(', ')}.${delimiterHint}`
		);
	}
	return { resolved: found.resolved, recognition: found.explanation };
}

async function importWith(conn: Conn, file: string, options: ImportOptions): Promise<ImportResult> {
	const started = performance.now();
	const name = options.displayName ?? basename(file);
	let header;
	try {
		header = await readCsvHeader(file, { delimiter: options.delimiter ?? options.mapping?.delimiter, encoding: options.encoding ?? options.mapping?.encoding });
	} catch (err) {
		throw new ImportError(`${name}: cannot be imported: ${(err as Error).message}`);
	}
	const { headers } = header;
	// One header cell usually means the file is split on another character.
	const delimiterHint = headers.length === 1 ? ` The header has one column: is "${header.delimiter}" the right delimiter?` : '';
	let chosen: { resolved: ResolvedMapping; recognition: string };
	try {
		chosen = await chooseMapping(conn, headers, name, options, delimiterHint);
	} catch (err) {
		if (err instanceof ImportError) throw err;
		throw new ImportError(`${name}: ${(err as Error).message}`);
	}
	const { resolved, recognition } = chosen;
	const { mapping } = resolved;
	const kind = mapping.kind;
	if (resolved.missingRequired.length) {
		throw new ImportError(
			`${name} line 1: no column for required field ${resolved.missingRequired.join(', ')} (columns: ${headers.join(', ')}).${delimiterHint}`
		);
	}
	const timezone = options.timezone ?? mapping.timezone ?? '';
	if (timezone && !(await conn.allSql<{ n: number }>('SELECT count(*)::INTEGER AS n FROM pg_timezone_names() WHERE name = $tz', { tz: timezone }))[0].n) {
		throw new ImportError(`${name}: unknown time zone "${timezone}" (use an IANA name such as Europe/Brussels)`);
	}
	const plan: StagePlan = {
		file, name, kind, headers, delimiter: header.delimiter, encoding: header.encoding, columns: resolved.columns,
		nullTokens: [...new Set([...defaultNullTokens, ...(mapping.nullTokens ?? []), ...(options.nullTokens ?? [])])],
		dateFormats: options.dateFormats ?? mapping.dateFormats ?? [],
		timezone,
		resolvedValues: options.resolvedValues ?? mapping.resolvedValues ?? (mapping.eventLog ? defaultResolvedValues : [])
	};
	const carried = carriedFields(resolved);
	// Everything that shapes the result: the same bytes read another way are another import.
	const effective = JSON.stringify({
		...mapping, columns: Object.fromEntries(resolved.columns), nullTokens: plan.nullTokens, dateFormats: plan.dateFormats,
		timezone, delimiter: plan.delimiter, encoding: plan.encoding, resolvedValues: plan.resolvedValues,
		csatScale: options.csatScale ?? mapping.csatScale, signature: undefined, source: undefined
	});
	// Recorded as running before anything else, so a crash leaves a trace in the history.
	const [{ import_id: importId }] = await conn.all<{ import_id: number }>('import/begin', {
		kind, file_name: name, format: mapping.name, columns: JSON.stringify(carried),
		mapping: effective,
		user_name: options.user ?? '', file_bytes: statSync(file).size
	});
	const base = { importId, file: name, kind, format: mapping.name, recognition };
	const finish = async (status: ImportResult['status'], counts: Counts, message: string, sha256: string | null, notes: string[] = []) => {
		const durationMs = Math.round(performance.now() - started);
		await conn.run('import/finish', {
			import_id: importId, status, sha256, rows_read: counts.rowsRead, rows_loaded: counts.rowsLoaded,
			rows_rejected: counts.rowsRejected, duration_ms: durationMs, message, notes: JSON.stringify(notes)
		});
		return { ...base, status, ...counts, notes, durationMs, message };
	};
	const none: Counts = { rowsRead: 0, rowsLoaded: 0, rowsRejected: 0, rejections: [] };
	let sha256: string | null = null;
	try {
		// Node hashes while DuckDB parses on its own threads: the identical-file check is free.
		[sha256] = await Promise.all([hashFile(file), withProgress(conn, options.onProgress, () => stage(conn, plan))]);
		const earlier = await conn.all<{ import_id: number; file_name: string }>('import/previous_success', { sha256, kind, mapping: effective });
		if (earlier.length > 0) {
			const { import_id: id, file_name: earlierName } = earlier[0];
			return await finish('skipped', none, `${name}: identical to import #${id} (${earlierName}); nothing changed`, sha256);
		}
		const { counts, notes } = await conn.transaction(() => load(conn, plan, importId, resolved, options));
		const message = `${name}: ${counts.rowsLoaded} ${kind} loaded, ${counts.rowsRejected} rows rejected of ${counts.rowsRead} read`;
		return await finish('succeeded', counts, message, sha256, notes);
	} catch (err) {
		const reason = err instanceof ImportError || err instanceof StageError ? err.message : `${name}: ${firstLine((err as Error).message)}`;
		const message = `${reason} (import failed; nothing of it was stored)`;
		await finish('failed', none, message, sha256);
		throw new ImportError(message);
	}
}

/** Canonical fields the import fills: mapped ones, and those derived from helpers or events. */
function carriedFields({ mapping, columns }: ResolvedMapping): string[] {
	const fields = new Set([...columns.keys()]);
	if (columns.has('first_response_minutes')) fields.add('first_response_at');
	if (columns.has('group_stations')) fields.add('reassignment_count');
	if (mapping.eventLog) {
		for (const f of ['resolved_at', 'reopen_count']) fields.add(f);
		if (columns.has('team')) fields.add('reassignment_count');
		if (mapping.firstLevel && columns.has('support_level')) fields.add('first_contact_resolved');
	}
	for (const helper of ['event_at', 'event_seq', 'support_level', 'first_response_minutes', 'group_stations']) fields.delete(helper);
	return [...fields];
}

type Counts = Pick<ImportResult, 'rowsRead' | 'rowsLoaded' | 'rowsRejected' | 'rejections'>;

async function load(conn: Conn, plan: StagePlan, importId: number, resolved: ResolvedMapping, options: ImportOptions) {
	const params = {
		import_id: importId, source: options.source ?? resolved.mapping.name,
		default_csat_scale: options.csatScale ?? resolved.mapping.csatScale ?? '1-5'
	};
	const [{ n: staged }] = await conn.allSql<{ n: number }>('SELECT count(*)::INTEGER AS n FROM import_typed');
	const readerRejects = await conn.all<{ line: number; column_name: string | null; reason: string; raw_line: string }>(
		'import/reader_rejects'
	);
	const invalid = await conn.all<{ row_index: number; column_name: string; reason: string }>('import/typed_rejects');
	// Record numbers become editor line numbers only when something was rejected.
	const starts = invalid.length || readerRejects.length ? await recordStartLines(plan.file) : [];
	const dropped = new Set(readerRejects.map((r) => Number(r.line) - 1));
	const stagedRecords = starts.map((_, i) => i).filter((i) => i > 0 && !dropped.has(i));
	const report = [
		...readerRejects.map((r) => ({
			line: starts[Number(r.line) - 1] ?? Number(r.line), column_name: r.column_name, reason: r.reason, raw_line: r.raw_line
		})),
		...invalid.map((r) => ({
			line: starts[stagedRecords[Number(r.row_index)]] ?? null, column_name: r.column_name, reason: r.reason, raw_line: null
		}))
	].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	await conn.run('import/build_reject_report', { report: JSON.stringify(report) });
	if (resolved.mapping.eventLog && plan.kind === 'tickets') await collapseEvents(conn, plan, resolved.mapping.firstLevel ?? '');
	const quality = plan.kind === 'tickets' ? await conn.one<QualityCounts>('import/quality') : null;
	await conn.run(`import/keep_replaced_${plan.kind}`, params);
	await conn.run(`import/delete_replaced_${plan.kind}`);
	await conn.run(`import/insert_${plan.kind}`, params);
	if (plan.kind === 'tickets') await conn.run('import/refresh_prev_caller', params);
	await conn.run('import/store_rejects', params);
	const [{ n: loaded }] = await conn.allSql<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM ${plan.kind} WHERE import_id = $import_id`,
		params
	);
	const counts: Counts = {
		rowsRead: staged + readerRejects.length,
		rowsLoaded: loaded,
		rowsRejected: new Set(invalid.map((r) => r.row_index)).size + readerRejects.length,
		rejections: report.map((r) => ({ line: r.line, column: r.column_name, reason: r.reason }))
	};
	// Accepted rows beyond the tickets stored repeated an id (the last row of each won).
	const repeated = quality && !resolved.mapping.eventLog ? Math.max(0, Number(quality.n) - loaded) : 0;
	const notes = quality ? qualityNotes({ ...quality, repeated_ids: repeated }, new Set(carriedFields(resolved)), resolved, counts.rowsRead) : [];
	return { counts, notes };
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

function hashFile(file: string): Promise<string> {
	return new Promise((resolvePromise, reject) => {
		const hash = createHash('sha256');
		createReadStream(file)
			.on('data', (chunk) => hash.update(chunk))
			.on('end', () => resolvePromise(hash.digest('hex')))
			.on('error', reject);
	});
}
