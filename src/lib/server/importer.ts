// Loads a CSV export into the canonical tables: read_csv into a staging table,
// row-by-row validation, then one transaction that replaces and inserts by id.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { fieldsOf, guessKind, mapHeaders, type Kind } from '$lib/canonical';
import { quotedIdentifier, quotedString, withConnection, type Conn, type Db } from './db';
import { readCsvHeader, recordStartLines } from './csv-text';

export interface ImportOptions {
	kind?: Kind;
	/** Cell values that mean "no value", besides the empty cell. */
	nullTokens?: string[];
	/** Scale of csat_score when the file has no csat_scale column. */
	csatScale?: string;
	source?: string;
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
	status: 'succeeded' | 'skipped' | 'failed';
	rowsRead: number;
	rowsLoaded: number;
	rowsRejected: number;
	rejections: Rejection[];
	durationMs: number;
	message: string;
}

export class ImportError extends Error {}

export const defaultNullTokens = ['', '?', '#N/A', 'N/A', 'NULL', 'null'];

const sqlType = { text: 'VARCHAR', timestamp: 'VARCHAR', boolean: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE' };

// Imports take the database's single writer; queueing them keeps each one whole.
let queue: Promise<unknown> = Promise.resolve();

export function importFile(db: Db, file: string, options: ImportOptions = {}): Promise<ImportResult> {
	const run = queue.then(() => withConnection(db, (conn) => importWith(conn, file, options)));
	queue = run.catch(() => undefined);
	return run;
}

async function importWith(conn: Conn, file: string, options: ImportOptions): Promise<ImportResult> {
	const started = performance.now();
	const name = basename(file);
	const nullTokens = options.nullTokens ?? defaultNullTokens;
	let header;
	try {
		header = await readCsvHeader(file);
	} catch (err) {
		throw new ImportError(`${name}: cannot be imported: ${(err as Error).message}`);
	}
	const { headers, delimiter } = header;
	const kind = options.kind ?? guessKind(headers);
	if (!kind) {
		throw new ImportError(
			`${name} line 1: cannot tell whether this is a tickets or a changes export; the header needs ticket_id and created_at (or change_id). Found: ${headers.join(', ')}`
		);
	}
	const mapping = mapHeaders(headers, kind);
	for (const field of fieldsOf(kind).filter((f) => f.required && !mapping.has(f.name))) {
		throw new ImportError(`${name} line 1: no column for required field ${field.name} (columns: ${headers.join(', ')})`);
	}
	// Recorded as running before anything else, so a crash leaves a trace in the history.
	const [{ import_id: importId }] = await conn.all<{ import_id: number }>('import/begin', {
		kind, file_name: name, format: 'canonical', columns: JSON.stringify([...mapping.keys()]).replace(/"/g, "'")
	});
	const plan: LoadPlan = { file, name, kind, headers, delimiter, mapping, nullTokens, importId, options };
	const finish = async (status: ImportResult['status'], counts: Counts, message: string, sha256: string | null) => {
		const durationMs = Math.round(performance.now() - started);
		await conn.run('import/finish', {
			import_id: importId, status, sha256, rows_read: counts.rowsRead, rows_loaded: counts.rowsLoaded,
			rows_rejected: counts.rowsRejected, duration_ms: durationMs, message
		});
		return { importId, file: name, kind, status, ...counts, durationMs, message };
	};
	const none: Counts = { rowsRead: 0, rowsLoaded: 0, rowsRejected: 0, rejections: [] };
	let sha256: string | null = null;
	try {
		// Node hashes while DuckDB parses on its own threads: the identical-file check is free.
		[sha256] = await Promise.all([hashFile(file), stage(conn, plan)]);
		const earlier = await conn.all<{ import_id: number; file_name: string }>('import/previous_success', { sha256, kind });
		if (earlier.length > 0) {
			const { import_id: id, file_name: earlierName } = earlier[0];
			return await finish('skipped', none, `${name}: identical to import #${id} (${earlierName}); nothing changed`, sha256);
		}
		const counts = await conn.transaction(() => load(conn, plan));
		const message = `${name}: ${counts.rowsLoaded} ${kind} loaded, ${counts.rowsRejected} rows rejected of ${counts.rowsRead} read`;
		return await finish('succeeded', counts, message, sha256);
	} catch (err) {
		const reason = err instanceof ImportError ? err.message : `${name}: ${firstLine((err as Error).message)}`;
		const message = `${reason} (import failed; nothing of it was stored)`;
		await finish('failed', none, message, sha256);
		throw new ImportError(message);
	}
}

interface LoadPlan {
	file: string;
	name: string;
	kind: Kind;
	headers: string[];
	delimiter: string;
	mapping: Map<string, string>;
	nullTokens: string[];
	importId: number;
	options: ImportOptions;
}

type Counts = Pick<ImportResult, 'rowsRead' | 'rowsLoaded' | 'rowsRejected' | 'rejections'>;

async function load(conn: Conn, plan: LoadPlan): Promise<Counts> {
	const params = {
		import_id: plan.importId, source: plan.options.source ?? 'import', default_csat_scale: plan.options.csatScale ?? '1-5'
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
	await conn.run(`import/delete_replaced_${plan.kind}`);
	await conn.run(`import/insert_${plan.kind}`, params);
	if (plan.kind === 'tickets') await conn.run('import/refresh_prev_caller', params);
	await conn.run('import/store_rejects', params);
	const [{ n: loaded }] = await conn.allSql<{ n: number }>(
		`SELECT count(*)::INTEGER AS n FROM ${plan.kind} WHERE import_id = $import_id`,
		params
	);
	return {
		rowsRead: staged + readerRejects.length,
		rowsLoaded: loaded,
		rowsRejected: new Set(invalid.map((r) => r.row_index)).size + readerRejects.length,
		rejections: report.map((r) => ({ line: r.line, column: r.column_name, reason: r.reason }))
	};
}

/** One pass over the file: canonical columns (still text where typing needs checking), extras as JSON. */
async function stage(conn: Conn, plan: LoadPlan): Promise<void> {
	const fields = fieldsOf(plan.kind);
	const mappedSources = new Set(plan.mapping.values());
	const typeOf = new Map(fields.map((f) => [plan.mapping.get(f.name), sqlType[f.type]]));
	const columns = plan.headers.map((h) => `${quotedString(h)}: '${typeOf.get(h) ?? 'VARCHAR'}'`).join(', ');
	const select = fields.map((f) => {
		const src = plan.mapping.get(f.name);
		return `${src ? quotedIdentifier(src) : 'NULL'}::${sqlType[f.type]} AS ${f.name}`;
	});
	const extras = plan.headers.filter((h) => !mappedSources.has(h));
	select.push(
		extras.length
			? `to_json(struct_pack(${extras.map((h) => `${quotedIdentifier(h)} := ${quotedIdentifier(h)}`).join(', ')})) AS extra`
			: 'NULL::JSON AS extra'
	);
	await conn.runSql('DROP TABLE IF EXISTS import_reader_rejects; DROP TABLE IF EXISTS import_reader_scans');
	// A view, so the typing step reads the file exactly once. Views take no bound
	// parameters, so the path is quoted as a literal; headers are quoted identifiers.
	await conn.runSql(
		`CREATE OR REPLACE TEMP VIEW import_source AS
		 SELECT ${select.join(', ')}
		 FROM read_csv(${quotedString(plan.file)}, header = true, auto_detect = false, delim = ${quotedString(plan.delimiter)},
		               quote = '"', escape = '"', columns = {${columns}}, nullstr = ${sqlList(plan.nullTokens)},
		               store_rejects = true, rejects_table = 'import_reader_rejects', rejects_scan = 'import_reader_scans')`
	);
	try {
		await conn.run(`import/type_${plan.kind}`);
	} catch (err) {
		throw new ImportError(`${plan.name}: ${firstLine((err as Error).message)}`);
	}
}

const sqlList = (values: string[]) => `[${values.map(quotedString).join(', ')}]`;
const firstLine = (s: string) => s.split('\n')[0];

function hashFile(file: string): Promise<string> {
	return new Promise((resolvePromise, reject) => {
		const hash = createHash('sha256');
		createReadStream(file)
			.on('data', (chunk) => hash.update(chunk))
			.on('end', () => resolvePromise(hash.digest('hex')))
			.on('error', reject);
	});
}
