// The one module that imports @duckdb/node-api: opens and upgrades database files,
// lends short-lived connections, and runs the SQL of queries/ with bound parameters.
import { DuckDBInstance, LIST, listValue, quotedString, VARCHAR, type DuckDBConnection, type DuckDBResult, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sqlNamesUnder, sqlText } from './sql';
import { recordInterruptedUploads } from './upload-history';
import { refreshPriorChange } from './prior-change';
import { refreshMetricDays } from './metric-days';
import { refreshCallerRuns } from './caller-runs';
import { mayWrite, ReadMemo } from './read-memo';

export { quotedIdentifier, quotedString } from '@duckdb/node-api';

/** A string[] is bound as a VARCHAR[] (typed, so an empty list binds too: an account manager's allowed clients). */
export type Param = string | number | boolean | null | string[] | DuckDBValue;
export type Params = Record<string, Param>;
export type Row = Record<string, unknown>;

export interface Db {
	readonly path: string;
	readonly instance: DuckDBInstance;
	/** Connections lent out now (withConnection), so a shutdown can wait for them. */
	readonly lent: Set<Conn>;
	/** Set on a database of views (a Parquet export): why a statement that writes is refused. */
	readonly readOnly?: string;
	/** What statements read about the data, kept until one that may write runs (ReadMemo). */
	readonly memo: ReadMemo;
}

/**
 * A connection lent for one unit of work; the SQL comes from queries/ by name.
 * Its statements run one after another in the order asked (DuckDB runs a connection's
 * statements serially anyway, and a statement started while another's result is still
 * being read would cut that one short), and the connection is closed only once every
 * statement asked of it has settled: closing it under a running statement crashed the
 * process when one query of a Promise.all failed while its siblings still ran.
 */
export class Conn {
	private tail: Promise<unknown> = Promise.resolve();
	private givenBack = false;

	constructor(
		private readonly raw: DuckDBConnection,
		private readonly reads: ReadMemo
	) {}

	/** An answer read from the data, kept for the database until a statement that may write runs (ReadMemo). */
	memo<T>(key: string, read: () => Promise<T>): Promise<T> {
		return this.reads.get(key, read);
	}

	/** Runs one statement, counted as a write before and after where it may write (ReadMemo). */
	private async counted<T>(text: string, work: () => Promise<T>): Promise<T> {
		if (!mayWrite(text)) return work();
		this.reads.wrote();
		try {
			return await work();
		} finally {
			this.reads.wrote();
		}
	}

	/** Queues one statement behind those already asked; a failure does not stop the queue. */
	private queued<T>(work: () => Promise<T>): Promise<T> {
		if (this.givenBack) return Promise.reject(new Error('this database connection was already given back; ask withConnection for another'));
		const result = this.tail.then(work, work);
		this.tail = result.then(noop, noop);
		return result;
	}

	/** Waits until no statement is queued or running, then refuses any more. */
	async settle(): Promise<void> {
		let seen;
		do {
			seen = this.tail;
			await seen;
		} while (seen !== this.tail);
		this.givenBack = true;
	}

	/** Rows of a named query, values as JSON-safe JS (timestamps as strings). */
	async all<T = Row>(name: string, params: Params = {}): Promise<T[]> {
		return this.allSql<T>(sqlText(name), params);
	}

	async one<T = Row>(name: string, params: Params = {}): Promise<T> {
		const rows = await this.all<T>(name, params);
		if (rows.length !== 1) throw new Error(`Query ${name} returned ${rows.length} rows, expected 1`);
		return rows[0];
	}

	/** For statements whose identifiers are built at run time (the importer's read_csv). */
	async allSql<T = Row>(text: string, params: Params = {}): Promise<T[]> {
		const values = usedParams(text, params);
		return this.queued(() => this.counted(text, async () => (await this.raw.runAndReadAll(text, values, listTypes(values, params))).getRowObjectsJson() as T[]));
	}

	/**
	 * Rows of one statement as DuckDB produces them, a chunk (about 2,048 rows) at a time, for
	 * a download too large to hold at once. The statement keeps its place in the queue until
	 * its last chunk is read or the reader stops, so nothing else runs under it.
	 */
	async *streamSql<T = Row>(text: string, params: Params = {}): AsyncGenerator<T[], void, undefined> {
		const values = usedParams(text, params);
		let release: () => void = noop;
		const finished = new Promise<void>((r) => (release = r));
		let opened: (r: DuckDBResult) => void = noop;
		let failed: (e: unknown) => void = noop;
		const result = new Promise<DuckDBResult>((res, rej) => ((opened = res), (failed = rej)));
		void this.queued(() =>
			this.counted(text, async () => {
				try {
					opened(await this.raw.stream(text, values, listTypes(values, params)));
				} catch (err) {
					failed(err);
					return;
				}
				await finished;
			})
		);
		try {
			for await (const rows of (await result).yieldRowObjectJson()) if (rows.length) yield rows as T[];
		} finally {
			release();
		}
	}

	async run(name: string, params: Params = {}): Promise<void> {
		await this.runSql(sqlText(name), params);
	}

	async runSql(text: string, params: Params = {}): Promise<void> {
		const values = usedParams(text, params);
		await this.queued(() => this.counted(text, () => this.raw.run(text, values, listTypes(values, params))));
	}

	/** Stops the running statement (it fails with an interruption error); used at shutdown. */
	interrupt(): void {
		this.raw.interrupt();
	}

	/** Share (0-100) of the running statement done, -1 when unknown (import progress). */
	progress(): number {
		return this.raw.progress.percentage;
	}

	/** Runs fn inside one transaction: all of it lands, or none of it does. */
	async transaction<T>(fn: () => Promise<T>): Promise<T> {
		await this.runSql('BEGIN TRANSACTION');
		try {
			const result = await fn();
			await this.runSql('COMMIT');
			return result;
		} catch (err) {
			await this.runSql('ROLLBACK');
			throw err;
		}
	}
}

const noop = (): void => {};

// DuckDB refuses values for parameters a statement does not name, and the
// metric queries share one filter object without each using every key.
function usedParams(text: string, params: Params): Record<string, DuckDBValue> | undefined {
	const names = new Set([...text.matchAll(/\$([a-z_][a-z0-9_]*)/gi)].map((m) => m[1]));
	if (names.size === 0) return undefined;
	const out: Record<string, DuckDBValue> = {};
	for (const name of names) {
		if (!(name in params)) throw new Error(`Missing query parameter $${name}`);
		const value = params[name];
		out[name] = Array.isArray(value) ? listValue(value) : (value as DuckDBValue);
	}
	return out;
}

/** Types of the string[] parameters (bound as VARCHAR[]): DuckDB cannot infer one for an empty list. */
function listTypes(values: Record<string, DuckDBValue> | undefined, params: Params): Record<string, DuckDBType> | undefined {
	const types: Record<string, DuckDBType> = {};
	for (const name of Object.keys(values ?? {})) if (Array.isArray(params[name])) types[name] = LIST(VARCHAR);
	return types;
}

// The CLI bundle and the app bundle each carry a copy of this module, and `onecall serve` runs
// both in one process; the registry lives on globalThis so a file is opened once per process. A
// second open ran while the server was answering: it cleared the folder of an upload in progress
// and would have marked a running import interrupted.
const registry = Symbol.for('onecall.openDatabases');
const opened = ((globalThis as { [registry]?: Map<string, Promise<Db>> })[registry] ??= new Map<string, Promise<Db>>());

/**
 * Opens (once per process and path) a database file or ':memory:', brings its
 * schema up to date and re-creates the SQL macros. An in-memory database is
 * never shared, so every test gets its own. `schemaUpTo` stops the upgrade at a
 * version, leaving a file as an older onecall would have (for upgrade tests).
 */
export function openDb(path: string, options: { schemaUpTo?: number } = {}): Promise<Db> {
	if (path === ':memory:' || options.schemaUpTo !== undefined) return initialise(path, options.schemaUpTo);
	const key = resolve(path);
	let db = opened.get(key);
	if (!db) {
		db = initialise(key);
		opened.set(key, db);
		db.catch(() => opened.delete(key));
	}
	return db;
}

/** Closes a database so another process (or a fresh open) can take its file. */
export function closeDb(db: Db): void {
	opened.delete(db.path);
	db.instance.closeSync();
}

/**
 * Closes a database once nothing runs on it: running statements (an import whose uploader
 * left) are interrupted, lent connections given back, then the file's lock is released.
 */
export async function closeDbWhenIdle(db: Db, waitMs = 10_000): Promise<void> {
	opened.delete(db.path);
	const deadline = Date.now() + waitMs;
	while (db.lent.size > 0 && Date.now() < deadline) {
		for (const conn of db.lent) conn.interrupt();
		await new Promise((r) => setTimeout(r, 50));
	}
	db.instance.closeSync();
}

/** A file database's folder of uploads still arriving (cleared when the database opens). */
export const uploadsDir = (dbPath: string): string => `${dbPath}.uploads`;

// Left by a process that was killed: DuckDB's spill files (<db>.tmp, its default
// temp_directory) and half-received uploads. Only called once this process holds the
// file's lock, so no other process can be using them.
function removeLeftovers(path: string): void {
	for (const dir of [`${path}.tmp`, uploadsDir(path)]) {
		let names: string[] = [];
		try {
			names = readdirSync(dir);
		} catch {
			continue;
		}
		for (const name of names) rmSync(join(dir, name), { recursive: true, force: true });
	}
}

/** A database file another process holds open (DuckDB allows one writer process per file). */
export class DatabaseInUseError extends Error {}

const lockConflict = /Could not set lock on file .*Conflicting lock is held in .*\(PID (\d+)\)/s;

// DuckDB's allocator (jemalloc) keeps what a statement freed, up to 128 MB by default, for the
// next one. Purged in the background and given back after any statement that used over 16 MB,
// a 3.8M-ticket import as an upload runs it (128MB, one thread) grew the process by 228-229 MiB
// instead of 276-293, in the same time (70-79 s).
const allocatorSettings = "SET GLOBAL allocator_background_threads = true; SET GLOBAL allocator_flush_threshold = '16MB'";

async function initialise(path: string, schemaUpTo = Infinity): Promise<Db> {
	let instance: DuckDBInstance;
	try {
		instance = path === ':memory:' || schemaUpTo !== Infinity ? await DuckDBInstance.create(path) : await DuckDBInstance.fromCache(path);
	} catch (err) {
		const pid = lockConflict.exec((err as Error).message)?.[1];
		if (pid === undefined) throw err;
		throw new DatabaseInUseError(
			`${path} is in use by another process (PID ${pid}, such as a running \`onecall serve\`): one process at a time can open a database file. Stop it, or give another file with --db.`
		);
	}
	const db: Db = { path, instance, lent: new Set(), memo: new ReadMemo() };
	await withConnection(db, async (conn) => {
		await conn.runSql(allocatorSettings);
		const { from, to: version } = await migrate(conn, schemaUpTo);
		const latest = version === Math.max(...schemaVersions());
		await createRoutines(conn, latest);
		// Tickets stored before version 8 get their stored outcomes from the routines just made.
		if (version >= 8) {
			await conn.run('import/derive_outcomes');
			await conn.run('import/derive_outcomes_versions');
		}
		// ... and, once, the latest change end before each (version 9).
		if (from > 0 && from < 9 && version >= 9) await refreshPriorChange(conn, null);
		// Built once for a database from before the summary, rebuilt after a release changed the
		// routines or the schema upgrade above moved stored values.
		if (latest) {
			// Worked out for every ticket once (version 10), and again if the threshold setting moved.
			await conn.transaction(() => refreshCallerRuns(conn));
			await conn.transaction(() => refreshMetricDays(conn, { force: from < version }));
		}
		// Safe here: DuckDB lets one process at a time open a file for writing.
		await conn.run('import/mark_interrupted');
		if (path !== ':memory:') {
			await recordInterruptedUploads(conn, uploadsDir(path));
			removeLeftovers(path);
		}
	});
	return db;
}

/**
 * The reporting zone from settings, and the SQL macros every metric reads (re-created at each
 * open); on the latest schema also the stored daily summary's tables and the macro reading them.
 */
async function createRoutines(conn: Conn, latest: boolean): Promise<void> {
	// SET takes no parameters; the zone name is checked against DuckDB's own list.
	const { tz } = await conn.one<{ tz: string }>('settings/timezone');
	await conn.runSql(`SET GLOBAL TimeZone = ${quotedString(tz)}`);
	// One transaction, so the ~40 macros cost one commit (a file database writes its log at each).
	await conn.transaction(async () => {
		for (const name of sqlNamesUnder('routines')) await conn.run(name);
		if (latest) for (const name of sqlNamesUnder('summary/setup')) await conn.run(name);
	});
}

/** A write asked of a read-only database (a Parquet export): the message says what to do instead. */
export class ReadOnlyError extends Error {}

/**
 * An in-memory database whose tables are views that `createViews` makes (over a Parquet
 * export), with the same routines as a database file, so the metric SQL runs on it as it
 * is. Never cached: each call is a database of its own. Every statement but a read is
 * refused with a ReadOnlyError saying `readOnly`.
 */
export async function openViewDb(label: string, createViews: (conn: Conn) => Promise<void>, readOnly: string): Promise<Db> {
	const db: Db = { path: label, instance: await DuckDBInstance.create(':memory:'), lent: new Set(), readOnly, memo: new ReadMemo() };
	const setup: Db = { ...db, readOnly: undefined };
	await withConnection(setup, async (conn) => {
		await createViews(conn);
		await createRoutines(conn, true);
		await conn.transaction(() => refreshMetricDays(conn));
	});
	return db;
}

const transactionControl = /^\s*(BEGIN|COMMIT|ROLLBACK)(\s+TRANSACTION)?\s*;?\s*$/i;

/**
 * A connection of a read-only database: each statement is parsed first (on a second
 * connection, so nothing queued on this one is disturbed) and refused unless it is a SELECT.
 * The views refuse writes too, but in DuckDB's words ("settings is not an table"). The checks
 * run one after another, as Conn's statements do, so the statements keep the order asked.
 */
class ReadOnlyConn extends Conn {
	private checker: DuckDBConnection | undefined;
	private checks: Promise<unknown> = Promise.resolve();
	private closed = false;

	constructor(raw: DuckDBConnection, reads: ReadMemo, private readonly instance: DuckDBInstance, private readonly reason: string) {
		super(raw, reads);
	}

	private refuseWrite(text: string): Promise<void> {
		const result = this.checks.then(() => this.check(text));
		this.checks = result.then(noop, noop);
		return result;
	}

	private async check(text: string): Promise<void> {
		// Given back: Conn refuses the statement itself, with its own message.
		if (transactionControl.test(text) || this.closed) return;
		this.checker ??= await this.instance.connect();
		// DuckDB's parser turns SELECTs (DESCRIBE too) into JSON and answers anything else with an error.
		const parsed = await this.checker.runAndReadAll('SELECT json_serialize_sql($text::VARCHAR) ->> \'error_message\' AS refused', { text });
		const [{ refused }] = parsed.getRowObjectsJson() as { refused: string | null }[];
		// A syntax error is left to the statement itself, for DuckDB's own message.
		if (refused?.startsWith('Only SELECT statements')) throw new ReadOnlyError(this.reason);
	}

	override async allSql<T = Row>(text: string, params: Params = {}): Promise<T[]> {
		await this.refuseWrite(text);
		return super.allSql<T>(text, params);
	}

	override async runSql(text: string, params: Params = {}): Promise<void> {
		await this.refuseWrite(text);
		return super.runSql(text, params);
	}

	override async *streamSql<T = Row>(text: string, params: Params = {}): AsyncGenerator<T[], void, undefined> {
		await this.refuseWrite(text);
		yield* super.streamSql<T>(text, params);
	}

	/** The checker is closed only once no check runs on it (closing under a statement crashes). */
	override async settle(): Promise<void> {
		let seen;
		do {
			seen = this.checks;
			await seen;
		} while (seen !== this.checks);
		await super.settle();
		this.closed = true;
		this.checker?.closeSync();
	}
}

/** The connection to lend on a database: a read-only one refuses writes. */
const lend = (db: Db, raw: DuckDBConnection): Conn =>
	db.readOnly === undefined ? new Conn(raw, db.memo) : new ReadOnlyConn(raw, db.memo, db.instance, db.readOnly);

export const schemaVersions = (): number[] =>
	sqlNamesUnder('schema').map((n) => Number(n.replace(/^schema\/(\d+).*$/, '$1')));

/** Applies the schema files newer than the database, each in its own transaction; the versions before and after. */
export async function migrate(conn: Conn, upTo = Infinity): Promise<{ from: number; to: number }> {
	await conn.runSql(
		'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp)'
	);
	const [{ v }] = await conn.allSql<{ v: number }>(
		'SELECT coalesce(max(version), 0)::INTEGER AS v FROM schema_version'
	);
	let current = v;
	for (const name of sqlNamesUnder('schema')) {
		const version = Number(name.replace(/^schema\/(\d+).*$/, '$1'));
		if (version <= current || version > upTo) continue;
		await conn.transaction(async () => {
			// Schema files hold several DDL statements; nothing else in queries/ does.
			await conn.runSql(sqlText(name));
			await conn.runSql('INSERT INTO schema_version (version) VALUES ($version)', { version });
		});
		current = version;
	}
	return { from: v, to: current };
}

export async function withConnection<T>(db: Db, fn: (conn: Conn) => Promise<T>): Promise<T> {
	const raw = await db.instance.connect();
	const conn = lend(db, raw);
	db.lent.add(conn);
	try {
		return await fn(conn);
	} finally {
		// fn may have failed on one statement while siblings it started still run.
		await conn.settle();
		raw.closeSync();
		db.lent.delete(conn);
	}
}

/** One statement's rows chunk by chunk on a connection of its own, given back when the reader finishes or stops. */
export async function* streamRows<T = Row>(db: Db, text: string, params: Params = {}): AsyncGenerator<T[], void, undefined> {
	const raw = await db.instance.connect();
	const conn = lend(db, raw);
	db.lent.add(conn);
	try {
		yield* conn.streamSql<T>(text, params);
	} finally {
		await conn.settle();
		raw.closeSync();
		db.lent.delete(conn);
	}
}

/** The project folder: set by the launcher, else the working directory (npm scripts, tests). */
export const projectRoot = (): string => process.env.ONECALL_ROOT || process.cwd();

/** The server's database: ONECALL_DB, else data/onecall.duckdb. */
export function serverDbPath(): string {
	return process.env.ONECALL_DB || resolve(projectRoot(), 'data', 'onecall.duckdb');
}

let closesAtShutdown = false;

/** The server's database, closed when adapter-node has stopped serving (SIGTERM, SIGINT). */
export function serverDb(): Promise<Db> {
	if (!closesAtShutdown) {
		closesAtShutdown = true;
		// Emitted once the HTTP server has closed; releasing the lock lets a restart open the file.
		process.once('sveltekit:shutdown' as 'exit', () => {
			void (async () => {
				for (const db of await Promise.allSettled([...opened.values()])) if (db.status === 'fulfilled') await closeDbWhenIdle(db.value);
				// A clean stop, though `serve` never settles its promise (Node would exit with 13),
				// and whatever else is left (a timer, an idle socket) must not keep it alive.
				process.exitCode ??= 0;
				setTimeout(() => process.exit(), 1000).unref();
			})();
		});
	}
	return openDb(serverDbPath());
}
