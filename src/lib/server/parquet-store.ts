// `onecall export --parquet DIR` and its reader: the stored tickets and changes as Parquet by
// month, and a read-only database of views over such a folder on which the metric SQL runs as is.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openViewDb, quotedString, schemaVersions, withConnection, type Conn, type Db } from './db';
import { sqlText } from './sql';

/** What the metric SQL reads: tickets and changes by month, the import history and settings whole. */
const tables = [
	{ name: 'tickets', byMonth: true },
	{ name: 'changes', byMonth: true },
	{ name: 'imports', byMonth: false },
	{ name: 'settings', byMonth: false }
] as const;

export const MANIFEST = 'onecall-export.json';

/** A folder that cannot be written to or read as an export; the message says which and why. */
export class ParquetStoreError extends Error {}

export interface ExportedTable {
	table: string;
	rows: number;
	files: number;
	bytes: number;
}

export interface ExportResult {
	dir: string;
	schemaVersion: number;
	tables: ExportedTable[];
	ms: number;
}

interface Manifest {
	format: 'onecall-parquet';
	schema_version: number;
	exported_at: string;
	tables: ExportedTable[];
}

/** A query of queries/ with its {{path}} placeholder filled: COPY and read_parquet take no bound parameter for it. */
function withPath(name: string, path: string): string {
	const text = sqlText(name);
	if (!text.includes('{{path}}')) throw new Error(`Query ${name} has no {{path}} placeholder`);
	return text.replaceAll('{{path}}', quotedString(path));
}

const parquetFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? parquetFiles(join(dir, e.name)) : e.name.endsWith('.parquet') ? [join(dir, e.name)] : []
	);

/** Copies one table into staging/<table>/ and says how much it wrote. */
async function exportTable(conn: Conn, staging: string, table: (typeof tables)[number]): Promise<ExportedTable> {
	const folder = join(staging, table.name);
	let rows: number;
	if (table.byMonth) {
		[{ Count: rows }] = await conn.allSql<{ Count: number }>(withPath(`export/${table.name}`, folder));
		// A partitioned COPY of nothing writes nothing, and a glob over no file cannot be read.
		if (Number(rows) === 0) {
			mkdirSync(join(folder, 'month=none'), { recursive: true });
			await conn.allSql(withPath(`export/${table.name}_empty`, join(folder, 'month=none', 'data_0.parquet')));
		}
	} else {
		mkdirSync(folder, { recursive: true });
		[{ Count: rows }] = await conn.allSql<{ Count: number }>(withPath(`export/${table.name}`, join(folder, 'data_0.parquet')));
	}
	const files = parquetFiles(folder);
	return { table: table.name, rows: Number(rows), files: files.length, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
}

const ownEntries = new Set<string>([...tables.map((t) => t.name), MANIFEST]);

/**
 * Refuses a folder with anything in it, unless overwrite is asked and the folder holds an
 * onecall export only (its own entries, nothing else of the user's is ever deleted).
 */
function checkTarget(dir: string, overwrite: boolean): void {
	if (!existsSync(dir)) return;
	if (!statSync(dir).isDirectory()) throw new ParquetStoreError(`${dir} is a file, not a folder: give a new or empty folder to export into`);
	const entries = readdirSync(dir).filter((n) => !n.startsWith('.partial-'));
	if (entries.length === 0) return;
	if (!overwrite) {
		throw new ParquetStoreError(
			`${dir} is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', ...' : ''}): give a new or empty folder, ` +
				'or --overwrite to replace the onecall export in it'
		);
	}
	const foreign = entries.filter((n) => !ownEntries.has(n));
	if (!entries.includes(MANIFEST) || foreign.length) {
		throw new ParquetStoreError(
			`${dir} holds files that are not an onecall export (${(foreign.length ? foreign : entries).slice(0, 3).join(', ')}); ` +
				'--overwrite only replaces an earlier export: give a new or empty folder'
		);
	}
}

/**
 * Writes the stored tables into dir as Parquet, all from one snapshot (one transaction). The
 * files are written into a hidden folder first and moved into place once all are written, so
 * a failure leaves dir as it was (an earlier export under --overwrite included).
 */
export async function exportParquet(db: Db, dir: string, options: { overwrite?: boolean } = {}): Promise<ExportResult> {
	const started = performance.now();
	const target = resolve(dir);
	checkTarget(target, options.overwrite ?? false);
	const staging = join(target, `.partial-${process.pid}-${Date.now()}`);
	mkdirSync(staging, { recursive: true });
	try {
		const { schemaVersion, written } = await withConnection(db, (conn) =>
			conn.transaction(async () => {
				const [{ version }] = await conn.all<{ version: number }>('export/schema_version');
				const written: ExportedTable[] = [];
				for (const table of tables) written.push(await exportTable(conn, staging, table));
				return { schemaVersion: version, written };
			})
		);
		for (const name of ownEntries) rmSync(join(target, name), { recursive: true, force: true });
		for (const table of tables) renameSync(join(staging, table.name), join(target, table.name));
		const manifest: Manifest = { format: 'onecall-parquet', schema_version: schemaVersion, exported_at: new Date().toISOString(), tables: written };
		writeFileSync(join(target, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
		return { dir: target, schemaVersion, tables: written, ms: Math.round(performance.now() - started) };
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
}

function readManifest(dir: string): Manifest {
	const file = join(dir, MANIFEST);
	let manifest: Manifest;
	try {
		manifest = JSON.parse(readFileSync(file, 'utf8'));
	} catch (err) {
		const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? `it has no ${MANIFEST}` : `${file}: ${(err as Error).message}`;
		throw new ParquetStoreError(`${dir} is not an onecall Parquet export (${why}); write one with onecall export --parquet ${dir}`);
	}
	if (manifest.format !== 'onecall-parquet') throw new ParquetStoreError(`${file}: not an onecall Parquet export manifest`);
	return manifest;
}

/**
 * A read-only database over an export folder: views tickets, changes, imports and settings over
 * read_parquet, and the routines of a database file, so every metric query runs unchanged.
 * An export of another schema version is refused: its columns are not the ones the SQL reads.
 */
export async function openParquetDb(dir: string): Promise<Db> {
	const folder = resolve(dir);
	const manifest = readManifest(folder);
	const current = Math.max(...schemaVersions());
	if (manifest.schema_version !== current) {
		throw new ParquetStoreError(
			`${folder} was exported at schema version ${manifest.schema_version}, this onecall reads version ${current}: ` +
				'export it again from the database (onecall export --parquet DIR --overwrite)'
		);
	}
	const readOnly =
		`${folder} is a read-only Parquet export: imports, settings changes and undo need the database file ` +
		'(--db PATH); export it again afterwards';
	return openViewDb(folder, async (conn) => {
		for (const table of tables) {
			const glob = table.byMonth ? join(folder, table.name, '*', '*.parquet') : join(folder, table.name, '*.parquet');
			await conn.runSql(withPath(`parquet/${table.name}`, glob));
		}
	}, readOnly);
}
