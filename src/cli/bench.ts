// `npm run bench`: 1M generated tickets; times `onecall import` against a bare DuckDB
// read_csv, /api/metrics and every view's data on the built server, then that file and a 1 GiB one uploaded
// through POST /api/imports (time, server memory); prints `name: value`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Readable } from 'node:stream';
import { closeDb, openDb, projectRoot, withConnection } from '$lib/server/db';
import { commandLineImportMemoryLimit, importFile, type ImportResult } from '$lib/server/importer';
import { writeSample } from '$lib/sample/generator';
import { addUser, listUsers } from '$lib/server/auth/users';
import { sessionCookie, startSession } from '$lib/server/auth/sessions';
import type { CliIo } from './onecall';
import { uploadLimitBytes } from '$lib/server/limits';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
// Fewer calls per figure for a long run (BENCH_TICKETS=10000000): BENCH_CALLS sets both counts.
const REQUESTS = Number(process.env.BENCH_CALLS ?? 25);
// About 1.05 GiB of CSV: the upload size the memory target is set for.
const BIG_TICKETS = Number(process.env.BENCH_BIG_TICKETS ?? 3_800_000);

export async function runBenchmark(io: CliIo): Promise<number> {
	const dir = join(projectRoot(), 'data', 'bench');
	mkdirSync(dir, { recursive: true });
	const print = (name: string, value: string | number) => io.out(`${name}: ${value}`);
	print('tickets', TICKETS);

	const csv = join(dir, `tickets-${TICKETS}.csv`);
	const changesCsv = join(dir, `changes-${TICKETS}.csv`);
	if (!existsSync(csv) || !existsSync(changesCsv)) {
		const t0 = performance.now();
		const result = await writeSample(dir, { tickets: TICKETS, seed: 7, end: new Date('2026-11-01T00:00:00Z') });
		renameSync(result.changesFile, changesCsv);
		renameSync(result.ticketsFile, csv);
		print('generate_s', ((performance.now() - t0) / 1000).toFixed(1));
	}
	print('csv_mib', (statSync(csv).size / 2 ** 20).toFixed(0));

	// Both runs write a fresh database file, so each pays for the same storage.
	const bareMs = await timed(join(dir, 'bare.duckdb'), async (db) => {
		await withConnection(db, (conn) => conn.runSql('CREATE TABLE t AS SELECT * FROM read_csv($file)', { file: csv }));
	});
	const importPath = join(dir, 'import.duckdb');
	let loaded = 0;
	const importMs = await timed(importPath, async (db) => {
		loaded = summarised(await importFile(db, csv, { kind: 'tickets', memoryLimit: commandLineImportMemoryLimit() })).rowsLoaded;
	}, false);
	print('bare_read_csv_ms', Math.round(bareMs));
	print('import_ms', Math.round(importMs));
	print('import_rows_loaded', loaded);
	print('import_ratio', (importMs / bareMs).toFixed(2));
	print('cli_peak_rss_mib', (process.resourceUsage().maxRSS / 1024).toFixed(0));
	// The generated changes (one per 50 tickets), after the timed import: the views are timed
	// over a desk's changes too (the Changes view and the packs weigh each change's aftermath).
	const changesMs = await timed(importPath, async (db) => {
		print('changes_loaded', summarised(await importFile(db, changesCsv, { kind: 'changes' })).rowsLoaded);
	}, false, false);
	print('changes_import_ms', Math.round(changesMs));

	// Asked before the server takes the file's lock.
	const packClient = await biggestClient(importPath);
	const server = await startServer(importPath);
	try {
		// Plain /api/metrics is the Overview's default (the last 90 days and the 90 before);
		// a full year is the widest preset, timed apart.
		const timings = async (query: string) => {
			const latencies: number[] = [];
			for (let i = 0; i < REQUESTS + 3; i++) {
				const t0 = performance.now();
				const res = await signedFetch(`${server.url}/api/metrics${query}`);
				if (!res.ok) throw new Error(`/api/metrics answered ${res.status}: ${await res.text()}`);
				const body = (await res.json()) as { tickets: number };
				if (i >= 3) latencies.push(performance.now() - t0); // the first calls warm caches
				if (i === 0) print(`metrics${query ? '_12m' : ''}_tickets_in_range`, body.tickets);
			}
			latencies.sort((a, b) => a - b);
			return {
				median: latencies[Math.floor(latencies.length / 2)].toFixed(0),
				p95: latencies[Math.floor(latencies.length * 0.95)].toFixed(0)
			};
		};
		const standard = await timings('');
		print('metrics_median_ms', standard.median);
		print('metrics_p95_ms', standard.p95);
		const year = await timings('?from=2025-11-01&to=2026-11-01');
		print('metrics_12m_median_ms', year.median);
		print('metrics_12m_p95_ms', year.p95);
		await benchViews(server.url, packClient, print);
		print('server_peak_rss_mib', server.peakRssMib().toFixed(0));
	} finally {
		server.process.kill('SIGTERM');
	}
	print('peak_rss_mib', Math.max(process.resourceUsage().maxRSS / 1024, server.lastPeak).toFixed(0));

	// BENCH_BIG_TICKETS=0: only the figures above (a quick run while working on queries).
	if (BIG_TICKETS === 0) return 0;
	// The 1 GiB file (3.8M tickets, the first 1M ids those of the file above): imported
	// by the CLI for reference, then uploaded over the first upload, replacing its tickets.
	const bigCsv = join(dir, `tickets-${BIG_TICKETS}.csv`);
	if (!existsSync(bigCsv)) {
		const result = await writeSample(join(dir, 'big'), { tickets: BIG_TICKETS, seed: 11, end: new Date('2026-11-01T00:00:00Z') });
		renameSync(result.ticketsFile, bigCsv);
		rmSync(join(dir, 'big'), { recursive: true, force: true });
	}
	print('big_csv_mib', (statSync(bigCsv).size / 2 ** 20).toFixed(0));
	const bigImportMs = await timed(join(dir, 'import-big.duckdb'), async (db) => void summarised(await importFile(db, bigCsv, { kind: 'tickets', memoryLimit: commandLineImportMemoryLimit() })));
	print('big_import_ms', Math.round(bigImportMs));

	// A file over the upload limit (10M tickets are 2.7 GiB) is refused by design: the upload
	// figures are the 1M run's, over this file they would only measure the refusal.
	if (statSync(csv).size > uploadLimitBytes()) {
		print('upload_skipped', `the ${TICKETS}-ticket file is over the upload limit (ONECALL_UPLOAD_LIMIT); the 1M run gives the upload figures`);
		return 0;
	}
	// Upload 1: the 1M file to a fresh server. Upload 2: the 1 GiB file to another fresh
	// server (the memory target). Upload 3: the 1 GiB file over upload 1's tickets
	// (replacing 1M of them) while the dashboards are asked for a year every second.
	const uploadServer = await startServer(freshDb(join(dir, 'upload.duckdb')));
	try {
		await benchUpload(uploadServer, csv, importMs, 'upload', print, false);
		const bigServer = await startServer(freshDb(join(dir, 'upload-big.duckdb')));
		try {
			await benchUpload(bigServer, bigCsv, bigImportMs, 'upload_1gib', print, false);
		} finally {
			bigServer.process.kill('SIGTERM');
		}
		await benchUpload(uploadServer, bigCsv, bigImportMs, 'upload_1gib_busy', print, true);
	} finally {
		uploadServer.process.kill('SIGTERM');
	}
	return 0;
}

// Every view's server data, as a browser's client-side navigation asks for it.
const VIEW_PATHS = ['/', '/team', '/clients', '/clients/:client', '/repeat-callers', '/changes', '/satisfaction', '/tickets', '/data'];
const VIEW_WARMUPS = 2;
const VIEW_CALLS = Number(process.env.BENCH_CALLS ?? 7);

/** The client with the most tickets, for the client meeting pack's timing. */
async function biggestClient(dbPath: string): Promise<string> {
	const db = await openDb(dbPath);
	try {
		const [row] = await withConnection(db, (conn) =>
			conn.allSql<{ client: string }>('SELECT client FROM tickets WHERE client IS NOT NULL GROUP BY client ORDER BY count(*) DESC, client LIMIT 1')
		);
		return row?.client ?? 'none';
	} finally {
		closeDb(db);
	}
}

/** view_ms_<view>_<range>: the median of each view's __data.json after a warm-up, default range and 12 months. */
async function benchViews(url: string, client: string, print: (name: string, value: string | number) => void) {
	for (const [range, query] of [['default', ''], ['12m', '?from=2025-11-01&to=2026-11-01']] as const) {
		for (const path of VIEW_PATHS) {
			const route = path.replace(':client', encodeURIComponent(client));
			const name = path === '/' ? 'overview' : path.slice(1).replace('/:client', '_pack').replace('-', '_');
			const latencies: number[] = [];
			for (let i = 0; i < VIEW_WARMUPS + VIEW_CALLS; i++) {
				const t0 = performance.now();
				const res = await signedFetch(`${url}${route === '/' ? '' : route}/__data.json${query}`);
				const body = await res.text();
				if (!res.ok || !body.startsWith('{"type":"data"')) throw new Error(`${route}/__data.json answered ${res.status}: ${body.slice(0, 300)}`);
				if (i >= VIEW_WARMUPS) latencies.push(performance.now() - t0);
			}
			latencies.sort((a, b) => a - b);
			print(`view_ms_${name}_${range}`, latencies[Math.floor(latencies.length / 2)].toFixed(0));
		}
	}
}

/**
 * A file uploaded through POST /api/imports: time against the CLI import, how far the
 * server's resident memory rises over its level before the upload (receiving the body
 * to disk, then over the whole upload and import) and, when busy, /api/metrics meanwhile.
 */
async function benchUpload(
	server: Server, csv: string, cliImportMs: number, prefix: string, print: (name: string, value: string | number) => void, busy: boolean
) {
	const mib = (field: 'VmRSS' | 'VmHWM') => statusMib(server.process.pid!, field);
	// Busy: the dashboards' own first answer (the database's blocks and the query's memory)
	// is part of the level before the upload, not of the upload's growth.
	const yearUrl = `${server.url}/api/metrics?from=2025-11-01&to=2026-11-01`;
	if (busy) await (await signedFetch(yearUrl)).arrayBuffer();
	// "5" resets the kernel's peak (VmHWM) to the current resident size, so an earlier upload's peak does not count.
	writeFileSync(`/proc/${server.process.pid}/clear_refs`, '5');
	const idle = mib('VmRSS');
	const during: number[] = [];
	let importing = busy;
	const dashboards = (async () => {
		while (importing) {
			const t0 = performance.now();
			const res = await signedFetch(yearUrl);
			await res.arrayBuffer();
			if (!res.ok) throw new Error(`/api/metrics answered ${res.status} during the upload`);
			during.push(performance.now() - t0);
			await new Promise((r) => setTimeout(r, 1000));
		}
	})();
	const t0 = performance.now();
	const res = await signedFetch(`${server.url}/api/imports?name=${encodeURIComponent(basename(csv))}&options=${encodeURIComponent('{"kind":"tickets"}')}`, {
		method: 'POST',
		headers: { 'content-type': 'text/csv' },
		body: Readable.toWeb(createReadStream(csv)) as ReadableStream<Uint8Array>,
		duplex: 'half'
	} as RequestInit);
	if (!res.ok || !res.body) throw new Error(`/api/imports answered ${res.status}: ${await res.text()}`);
	let receivedPeak = 0;
	let receivedMs = 0;
	let loaded = 0;
	let buffered = '';
	const decoder = new TextDecoder();
	for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
		buffered += decoder.decode(chunk, { stream: true });
		const lines = buffered.split('\n');
		buffered = lines.pop() ?? '';
		for (const line of lines.filter(Boolean)) {
			const event = JSON.parse(line);
			// VmHWM when the body is on disk: the receiving phase's peak.
			if (event.phase === 'received') [receivedPeak, receivedMs] = [mib('VmHWM'), performance.now() - t0];
			if (event.phase === 'error') throw new Error(`upload failed: ${event.message}`);
			if (event.phase === 'done') loaded = summarised(event.result as ImportResult).rowsLoaded;
		}
	}
	const uploadMs = performance.now() - t0;
	importing = false;
	await dashboards;
	during.sort((a, b) => a - b);
	print(`${prefix}_rows_loaded`, loaded);
	print(`${prefix}_ms`, Math.round(uploadMs));
	print(`${prefix}_receive_ms`, Math.round(receivedMs));
	print(`${prefix}_vs_cli_import_ratio`, (uploadMs / cliImportMs).toFixed(2));
	print(`${prefix}_server_rss_before_mib`, idle.toFixed(0));
	print(`${prefix}_receive_rss_growth_mib`, (receivedPeak - idle).toFixed(0));
	print(`${prefix}_peak_rss_growth_mib`, (mib('VmHWM') - idle).toFixed(0));
	print(`${prefix}_peak_rss_over_started_server_mib`, (mib('VmHWM') - server.startedRssMib).toFixed(0));
	if (busy) {
		print(`${prefix}_metrics_answered_during`, during.length);
		print(`${prefix}_metrics_median_ms_during`, during.length ? during[Math.floor(during.length / 2)].toFixed(0) : '-');
	}
}

/**
 * An import whose summaries were brought up to date; else the bench stops. An upload whose
 * rebuild ran out of memory was timed as quick, and every view after it counted from the tickets.
 */
function summarised(result: ImportResult): ImportResult {
	if (!result.summaryRefresh) throw new Error(`the stored summaries were not rebuilt after ${result.file}: the figures would not be the product's (the server's log says why)`);
	return result;
}

function freshDb(path: string) {
	for (const f of [path, path + '.wal']) rmSync(f, { force: true });
	return path;
}

async function timed(path: string, fn: (db: Awaited<ReturnType<typeof openDb>>) => Promise<void>, remove = true, fresh = true) {
	if (fresh) for (const f of [path, path + '.wal']) rmSync(f, { force: true });
	const db = await openDb(path);
	const t0 = performance.now();
	await fn(db);
	await withConnection(db, (conn) => conn.runSql('CHECKPOINT'));
	const ms = performance.now() - t0;
	closeDb(db);
	if (remove) for (const f of [path, path + '.wal']) rmSync(f, { force: true });
	return ms;
}

type Server = Awaited<ReturnType<typeof startServer>>;

/** A process's resident memory now (VmRSS) or at its peak (VmHWM, the kernel's record), in MiB. */
function statusMib(pid: number, field: 'VmRSS' | 'VmHWM'): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
}

// Each bench server's session cookie, by origin: every route needs a signed-in user.
const sessionCookies = new Map<string, string>();
const signedFetch = (url: string, init: RequestInit = {}) =>
	fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), cookie: sessionCookies.get(new URL(url).origin) ?? '' } });

/** An analyst named bench with a live session, written before the server takes the file. */
async function benchSession(dbPath: string): Promise<string> {
	const db = await openDb(dbPath);
	if (!(await listUsers(db)).some((u) => u.name === 'bench')) {
		await addUser(db, { name: 'bench', role: 'analyst', password: `bench-${Date.now()}-${Math.random()}` });
	}
	const user = (await listUsers(db)).find((u) => u.name === 'bench')!;
	const { cookie } = await startSession(db, user.user_id, { ip: '127.0.0.1' });
	closeDb(db);
	return `${sessionCookie}=${cookie}`;
}

async function startServer(dbPath: string) {
	const entry = join(projectRoot(), 'build', 'app', 'index.js');
	if (!existsSync(entry)) throw new Error('build/app is missing: run `npm run build` first (npm run bench builds it)');
	const port = 4300 + Math.floor(Math.random() * 500);
	sessionCookies.set(`http://127.0.0.1:${port}`, await benchSession(dbPath));
	const child: ChildProcess = spawn(process.execPath, [entry], {
		env: { ...process.env, ONECALL_DB: dbPath, HOST: '127.0.0.1', PORT: String(port), BODY_SIZE_LIMIT: 'Infinity' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		try {
			if ((await signedFetch(`${url}/api/metrics?from=2026-10-01&to=2026-11-01`)).ok) break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline || child.exitCode !== null) throw new Error('the server did not start within 60 s');
		await new Promise((r) => setTimeout(r, 250));
	}
	const server = {
		url,
		process: child,
		/** Resident memory once listening, before any upload: the idle level. */
		startedRssMib: statusMib(child.pid!, 'VmRSS'),
		lastPeak: 0,
		peakRssMib() {
			server.lastPeak = statusMib(child.pid!, 'VmHWM');
			return server.lastPeak;
		}
	};
	return server;
}
