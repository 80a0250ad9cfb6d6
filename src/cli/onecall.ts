// The onecall command line: import exports, print metrics as JSON, change settings,
// generate sample data, serve the dashboards and run the benchmark.
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dimensions, FilterError, parseFilters } from '$lib/filters';
import { openDb, withConnection, serverDbPath, ReadOnlyError, DatabaseInUseError, type Db } from '$lib/server/db';
import { openParquetDb, ParquetStoreError } from '$lib/server/parquet-store';
import { listImports, undoImport } from '$lib/server/import-history';
import { commandLineImportMemoryLimit, importFile, ImportError, type ImportOptions } from '$lib/server/importer';
import { capabilityLines } from '$lib/server/import-quality';
import { parseDelimiter, parseEncoding } from '$lib/server/csv-text';
import { parseMapping } from '$lib/formats/mapping';
import { headlineMetrics } from '$lib/server/metrics';
import { localAccess } from '$lib/server/access/scope';
import { readSettings, SettingError, writeSetting } from '$lib/server/settings';
import { loadSampleIfEmpty, sampleDir } from '$lib/server/sample';
import { writeSample } from '$lib/sample/generator';
import { hostWarnings, serverEnv } from './serve-env';
import { audit, AuditError } from '$lib/server/audit';
import { announceSetup } from '$lib/server/auth/setup';
import { UserError } from '$lib/server/auth/users';
import { auditCommand, userCommand } from './users';

export interface CliIo {
	out: (line: string) => void;
	err: (line: string) => void;
}

const consoleIo: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

const usage = `onecall: helpdesk analytics from your ticket exports

  onecall import FILE... [--kind tickets|changes] [--format NAME | --mapping FILE.json] [--null TOKEN]...
                  [--date-format FMT]... [--timezone ZONE] [--delimiter D] [--encoding utf-8|utf-16le|utf-16be|windows-1252|latin-1]
                  [--csat-scale 1-5|1-10|0-10|good/bad|1-7|1-3] [--resolved STATUS]... [--db PATH]
                  (--format: a preset such as servicenow-incident, zendesk, bpic2013, or a saved mapping)
  onecall metrics --from YYYY-MM-DD --to YYYY-MM-DD [--client C --team T --agent A
                  --channel X --priority P --category K] [--db PATH | --parquet DIR]
  onecall export --parquet DIR [--overwrite] [--db PATH]
                  the tickets and changes as Parquet by month (DIR/tickets/month=YYYY-MM/...), with the
                  imports and settings; --parquet DIR on metrics, insights, imports, settings get reads it read-only
  onecall insights --from YYYY-MM-DD --to YYYY-MM-DD [filters as for metrics] [--db PATH | --parquet DIR]
                  why the numbers moved: drivers, change impact, self-service, frequent callers, unusual weeks
  onecall insights-eval    change impact's precision and recall on the bundled sample
  onecall bench-insights   what each insight costs at 1M tickets (BENCH_TICKETS)
  onecall imports [--db PATH]       the import history, newest first
  onecall undo IMPORT_ID [--db PATH] undo a succeeded import (its tickets revert or disappear)
  onecall settings get [KEY] [--db PATH] | onecall settings set KEY JSON [--db PATH]
  onecall serve [--port N] [--host H] [--db PATH]
  onecall start            serve on 127.0.0.1:3000 (PORT), loading the sample when the database is empty
  onecall user add NAME --role admin|analyst|manager|account_manager [--clients A,B] [--password-stdin]
  onecall user list | user passwd NAME [--password-stdin] | user role NAME --role R | user remove NAME
                  (passwords: asked twice, or ONECALL_PASSWORD, or the first line of stdin)
  onecall audit [--since YYYY-MM-DD]   the audit log: sign-ins, imports, undos, settings, users
  onecall generate-sample [--tickets N] [--seed S] [--end YYYY-MM-DD] [--out DIR]
  onecall bench            the benchmark (1M tickets): import ratio, /api/metrics latency, memory

The database is --db, else ONECALL_DB, else data/onecall.duckdb. Periods are [from, to).`;

const options = {
	db: { type: 'string' },
	kind: { type: 'string' },
	format: { type: 'string' },
	mapping: { type: 'string' },
	null: { type: 'string', multiple: true },
	'date-format': { type: 'string', multiple: true },
	timezone: { type: 'string' },
	delimiter: { type: 'string' },
	encoding: { type: 'string' },
	'csat-scale': { type: 'string' },
	resolved: { type: 'string', multiple: true },
	from: { type: 'string' },
	to: { type: 'string' },
	port: { type: 'string' },
	host: { type: 'string' },
	tickets: { type: 'string' },
	seed: { type: 'string' },
	end: { type: 'string' },
	out: { type: 'string' },
	role: { type: 'string' },
	clients: { type: 'string' },
	'password-stdin': { type: 'boolean' },
	since: { type: 'string' },
	parquet: { type: 'string' },
	overwrite: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
	...Object.fromEntries(dimensions.map((d) => [d, { type: 'string' }]))
} as const;

/** Runs one command; returns the process exit code. */
export async function runCli(argv: string[], io: CliIo = consoleIo): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
	} catch (err) {
		io.err(`onecall: ${(err as Error).message}\n\n${usage}`);
		return 2;
	}
	const { values, positionals } = parsed;
	const [command, ...rest] = positionals;
	if (values.help || !command) {
		io.out(usage);
		return command || values.help ? 0 : 2;
	}
	const dbPath = values.db ? resolve(values.db) : serverDbPath();
	// A Parquet export (onecall export) read as a database: reads only, every write is refused.
	const openStore = (): Promise<Db> => (values.parquet && command !== 'export' ? openParquetDb(values.parquet) : openDb(dbPath));
	try {
		if (values.parquet && !['export', 'metrics', 'insights', 'imports', 'settings', 'import', 'undo'].includes(command)) {
			throw new ParquetStoreError(`--parquet is for export, metrics, insights, imports and settings get, not ${command}`);
		}
		if (values.parquet && values.db && command !== 'export') throw new ParquetStoreError('give --db or --parquet (an exported folder), not both');
		switch (command) {
			case 'export':
				return await (await import('./export')).exportCommand(dbPath, values.parquet, values.overwrite ?? false, io);
			case 'import':
				return await importCommand(openStore, rest, importOptions(values), io);
			case 'metrics': {
				if (!values.from || !values.to) throw new FilterError('metrics needs --from and --to (YYYY-MM-DD)');
				const params = new URLSearchParams();
				for (const [k, v] of Object.entries(values)) if (typeof v === 'string') params.set(k, v);
				const filters = parseFilters(params, { from: values.from, to: values.to });
				io.out(JSON.stringify(await headlineMetrics(await openStore(), localAccess, filters), null, 2));
				return 0;
			}
			case 'imports': {
				for (const r of await listImports(await openStore())) {
					const counts = r.rows_read === null ? '' : ` ${r.rows_loaded} of ${r.rows_read} loaded, ${r.rows_rejected} rejected,`;
					io.out(`#${r.import_id} ${r.status.padEnd(9)} ${r.kind} ${r.file_name} (${r.format ?? 'no format'}),${counts} ${r.started_at}`);
				}
				return 0;
			}
			case 'undo': {
				const id = Number(rest[0]);
				if (!Number.isInteger(id) || id < 1) throw new ImportError('undo needs the number of an import (see `onecall imports`)');
				const db = await openStore();
				const message = await undoImport(db, id);
				await audit(db, null, 'undo', { import_id: id, message });
				io.out(message);
				return 0;
			}
			case 'settings':
				return await settingsCommand(openStore, rest, io);
			case 'user':
				return await userCommand(dbPath, rest, { role: values.role, clients: values.clients, passwordStdin: values['password-stdin'] }, io);
			case 'audit':
				return await auditCommand(dbPath, { since: values.since }, io);
			case 'generate-sample': {
				const out = resolve(values.out ?? sampleDir());
				const result = await writeSample(out, {
					tickets: Number(values.tickets ?? 20000),
					seed: Number(values.seed ?? 42),
					end: new Date((values.end ?? '2026-11-01') + 'T00:00:00Z')
				});
				io.out(`wrote ${result.tickets} tickets to ${result.ticketsFile} and ${result.changes} changes to ${result.changesFile}`);
				return 0;
			}
			case 'start': {
				const db = await openDb(dbPath);
				const loaded = await loadSampleIfEmpty(db);
				if (loaded) io.out(loaded);
				return await serve(dbPath, values.host ?? '127.0.0.1', values.port ?? process.env.PORT ?? '3000', io);
			}
			case 'serve':
				return await serve(dbPath, values.host ?? '127.0.0.1', values.port ?? process.env.PORT ?? '3000', io);
			case 'insights':
				return await (await import('./insights')).insightsCommand(openStore, values, io);
			case 'insights-eval':
				return await (await import('./insights')).insightsEvalCommand(values, io);
			case 'bench-insights':
				return await (await import('./bench-insights')).benchInsights(io);
			case 'bench': {
				const { runBenchmark } = await import('./bench');
				return await runBenchmark(io);
			}
			default:
				io.err(`onecall: unknown command "${command}"\n\n${usage}`);
				return 2;
		}
	} catch (err) {
		if (err instanceof ImportError || err instanceof FilterError || err instanceof SettingError || err instanceof UserError || err instanceof AuditError ||
			err instanceof ParquetStoreError || err instanceof ReadOnlyError || err instanceof DatabaseInUseError) {
			io.err(`onecall: ${err.message}`);
			return 1;
		}
		throw err;
	}
}

/** The import flags as importer options; a bad flag is an ImportError (exit code 1). */
function importOptions(values: Record<string, string | string[] | boolean | undefined>): ImportOptions {
	const str = (k: string) => values[k] as string | undefined;
	const list = (k: string) => values[k] as string[] | undefined;
	const kind = str('kind');
	if (kind !== undefined && kind !== 'tickets' && kind !== 'changes') {
		throw new ImportError(`--kind must be tickets or changes, not "${kind}"`);
	}
	let encoding;
	try {
		encoding = str('encoding') === undefined ? undefined : parseEncoding(str('encoding')!);
	} catch (err) {
		throw new ImportError(`--${(err as Error).message}`);
	}
	if (str('format') && str('mapping')) throw new ImportError('give --format or --mapping, not both');
	let mapping;
	const mappingFile = str('mapping');
	if (mappingFile) {
		try {
			mapping = parseMapping(JSON.parse(readFileSync(mappingFile, 'utf8')));
		} catch (err) {
			throw new ImportError(`--mapping ${mappingFile}: ${(err as Error).message}`);
		}
	}
	let delimiter;
	try {
		delimiter = str('delimiter') === undefined ? undefined : parseDelimiter(str('delimiter')!);
	} catch (err) {
		throw new ImportError((err as Error).message);
	}
	return {
		kind, format: str('format'), mapping, nullTokens: list('null'), dateFormats: list('date-format'),
		timezone: str('timezone'), delimiter, encoding, csatScale: str('csat-scale'), resolvedValues: list('resolved'),
		user: process.env.USER, memoryLimit: commandLineImportMemoryLimit()
	};
}

async function importCommand(open: () => Promise<Db>, files: string[], options: ImportOptions, io: CliIo): Promise<number> {
	if (files.length === 0) throw new ImportError('import needs at least one FILE');
	const db = await open();
	let failed = 0;
	for (const file of files) {
		if (!existsSync(file)) {
			io.err(`onecall: ${file}: no such file`);
			failed++;
			continue;
		}
		try {
			const result = await importFile(db, resolve(file), options);
			await audit(db, null, 'import', { file: resolve(file), import_id: result.importId, status: result.status, message: result.message });
			io.out(`${file}: format ${result.format}: ${result.recognition}`);
			// A failed import (every row rejected) is told on stderr and in the exit code.
			if (result.status === 'failed') (io.err(`onecall: ${result.message} (${result.durationMs} ms)`), failed++);
			else io.out(`${result.message} (${result.durationMs} ms)`);
			// Checks are kept among the notes for the history; printed as checks here.
			for (const note of result.notes) if (!note.startsWith('check: ')) io.out(`  note: ${note}`);
			for (const check of result.checks ?? []) io.out(`  check: ${check.message}`);
			if (result.capabilities?.length) {
				io.out('  what this file can tell:');
				for (const line of capabilityLines(result.capabilities)) io.out(`    ${line}`);
			}
			for (const r of result.rejections.slice(0, 20)) {
				io.err(`  ${file} line ${r.line ?? '?'}${r.column ? `, column ${r.column}` : ''}: ${r.reason}`);
			}
			if (result.rejections.length > 20) io.err(`  ... and ${result.rejections.length - 20} more`);
		} catch (err) {
			if (!(err instanceof ImportError)) throw err;
			io.err(`onecall: ${err.message}`);
			failed++;
		}
	}
	return failed ? 1 : 0;
}

async function settingsCommand(open: () => Promise<Db>, args: string[], io: CliIo): Promise<number> {
	const [action, key, value] = args;
	const db = await open();
	return withConnection(db, async (conn) => {
		if (action === 'get') {
			const settings = await readSettings(conn);
			io.out(JSON.stringify(key ? settings[key as keyof typeof settings] : settings, null, 2));
			return 0;
		}
		if (action === 'set' && key && value !== undefined) {
			await writeSetting(conn, key, value);
			await audit(db, null, 'settings_changed', { [key]: value });
			io.out(`${key} = ${value}`);
			return 0;
		}
		io.err('onecall: settings get [KEY] | settings set KEY JSON');
		return 2;
	});
}

async function serve(dbPath: string, host: string, port: string, io: CliIo): Promise<number> {
	const server = new URL('../app/index.js', import.meta.url);
	if (!existsSync(server)) {
		io.err('onecall: the app is not built; run `npm run build` (npm start builds it for you).');
		return 1;
	}
	for (const line of hostWarnings(host, port)) io.err(line);
	Object.assign(process.env, serverEnv(dbPath, host, port));
	// Opened (upgraded, leftovers of a killed run cleared) before the app listens; the app's own
	// open is then this one, as db.ts keeps one registry per process.
	const db = await openDb(dbPath);
	const app = await import(/* @vite-ignore */ pathToFileURL(server.pathname).href);
	// Node's 300 s cap on receiving a request would cut a large upload on a slow link; the
	// upload stops itself when it stalls, and the guard bounds every other body in time.
	if (app.server?.server) app.server.server.requestTimeout = 0;
	io.out(`onecall is serving ${dbPath} at http://${host}:${port}/`);
	// No users yet: the first admin is made in the browser through a one-time link.
	const setupLink = await announceSetup(db, process.env.ONECALL_ORIGIN || process.env.ORIGIN || `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`);
	if (setupLink) io.out(`No users yet: create the first admin at\n  ${setupLink}\n(one use only; the link is also in ${dbPath}.setup-link)`);
	// The server keeps the process alive; its exit code is whatever stops it.
	return new Promise<number>(() => {});
}
