// Uploads against a started server: size cap up front and while streaming, stalled and
// trickling bodies cut off, a full disk refused, odd names, and faults (kill, SIGTERM)
// leaving a history line, no temp files and a database the next start can open.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/onecall';
import { uploadsDir } from '../../src/lib/server/db';
import { fixture } from '../helpers/db';
import { noBuild, prepareDb, send, startServer, stopServer, type TestServer } from '../helpers/server';

interface HistoryLine { import_id: number; file_name: string; status: string; message: string | null; user_name: string | null }
const history = async (server: TestServer): Promise<HistoryLine[]> => JSON.parse((await send(server, 'GET', '/api/imports')).body);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const uploadPath = (name: string) => `/api/imports?name=${encodeURIComponent(name)}&options=${encodeURIComponent('{"kind":"tickets"}')}`;

/** Starts an upload on a fresh connection and hands back its request to write to; resolves the answer's status (or the error). */
function openUpload(server: TestServer, name: string, headers: Record<string, string>) {
	const req = httpRequest({ host: '127.0.0.1', port: server.port, method: 'POST', path: uploadPath(name), agent: false, headers: { cookie: server.cookie, 'content-type': 'text/csv', accept: 'application/json', ...headers } });
	const answer = new Promise<string>((resolve) => {
		req.on('response', (res) => {
			let text = '';
			res.on('data', (d) => (text += d));
			res.on('end', () => resolve(`${res.statusCode} ${text}`));
			res.on('error', (e) => resolve(`error ${e.message}`));
		});
		req.on('error', (e) => resolve(`error ${e.message}`));
	});
	req.flushHeaders();
	return { req, answer };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const found = await probe();
		if (found !== undefined) return found;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(100);
	}
}

describe.skipIf(noBuild)(`uploads to a started server${noBuild ? ` (skipped: ${noBuild})` : ''}`, () => {
	let server: TestServer;
	beforeAll(async () => {
		const { dbPath, cookie } = await prepareDb();
		server = await startServer(dbPath, cookie, { ONECALL_UPLOAD_LIMIT: '1MiB', ONECALL_UPLOAD_STALL_SECONDS: '2' });
	}, 90_000);
	afterAll(async () => {
		if (server) await stopServer(server);
	});
	const leftovers = () => (existsSync(uploadsDir(server.dbPath)) ? readdirSync(uploadsDir(server.dbPath)) : []);

	it('refuses a 5 GiB Content-Length at once, before any body (finding 7)', async () => {
		const started = Date.now();
		const { req, answer } = openUpload(server, 'huge.csv', { 'content-length': String(5 * 1024 ** 3) });
		const got = await answer;
		req.destroy();
		expect(got).toMatch(/^413 .*huge\.csv is 5120 MiB; the upload limit is 1 MiB \(ONECALL_UPLOAD_LIMIT\)/);
		expect(Date.now() - started).toBeLessThan(5000);
	});

	it('cuts off a body without a length once it passes the limit, and says so in the history (finding 7)', async () => {
		const { req, answer } = openUpload(server, 'chunked.csv', { 'transfer-encoding': 'chunked' });
		for (let i = 0; i < 40 && !req.destroyed; i++) req.write(Buffer.alloc(64 * 1024, 'a'));
		req.end();
		await answer;
		const line = await waitFor('the failed line', async () => (await history(server)).find((h) => h.file_name === 'chunked.csv' && h.status === 'failed'));
		expect(line.message).toContain('chunked.csv is larger than the upload limit of 1048576 bytes');
		expect(leftovers()).toEqual([]);
	});

	it('stops a trickling upload (a few bytes a second) after the stall window, leaving a failed line and no temp file (finding 7)', async () => {
		const { req, answer } = openUpload(server, 'trickle.csv', { 'content-length': '100000' });
		req.write('ticket_id,created_at\n');
		const trickle = setInterval(() => !req.destroyed && req.write('x'), 200);
		const got = await answer;
		clearInterval(trickle);
		req.destroy();
		expect(got).toMatch(/^(408|error)/);
		const line = await waitFor('the failed line', async () => (await history(server)).find((h) => h.file_name === 'trickle.csv' && h.status === 'failed'));
		expect(line.message).toMatch(/trickle\.csv: the upload stalled \(\d+ bytes in the last 2 s/);
		expect(leftovers()).toEqual([]);
	}, 90_000);

	it('records an upload whose sender went away part-way (finding 9)', async () => {
		const { req } = openUpload(server, 'gone.csv', { 'content-length': '500000' });
		req.write(Buffer.alloc(100_000, 'a'));
		await waitFor('the temp file', async () => (leftovers().length > 0 ? true : undefined));
		req.destroy();
		const line = await waitFor('the failed line', async () => (await history(server)).find((h) => h.file_name === 'gone.csv' && h.status === 'failed'));
		expect(line.message).toMatch(/gone\.csv: the upload (was interrupted after|stalled)/);
		expect(leftovers()).toEqual([]);
	}, 90_000);

	it('imports a file named ".." instead of failing with EISDIR, and ignores X-Onecall-User (findings 6, 7)', async () => {
		const body = readFileSync(fixture('two-tickets.csv'));
		const answer = await send(server, 'POST', uploadPath('..'), { 'content-type': 'text/csv', 'x-onecall-user': 'mallory' }, body);
		expect(answer.status).toBe(200);
		const events = answer.body.trim().split('\n').map((l) => JSON.parse(l));
		expect(events.at(-1).phase).toBe('done');
		const [line, ...earlier] = await history(server);
		expect(line.file_name).toBe('..');
		// The refused uploads above took no import number of their own beyond their history line.
		expect(earlier.map((h) => h.import_id)).toEqual(earlier.map((_, i) => line.import_id - 1 - i));
		expect(line.status).toBe('succeeded');
		// Who uploaded is the signed-in user, never what a request header claims.
		expect(line.user_name).toBe('tester');
		expect(leftovers()).toEqual([]);
	});
});

describe.skipIf(noBuild)('faults while a server runs (finding 9)', () => {
	it('refuses an upload the disk has no room for with 507', async () => {
		const { dbPath, cookie } = await prepareDb();
		const server = await startServer(dbPath, cookie, { ONECALL_UPLOAD_LIMIT: '1000TiB' });
		try {
			const { req, answer } = openUpload(server, 'vast.csv', { 'content-length': String(500 * 1024 ** 4) });
			const got = await answer;
			req.destroy();
			expect(got).toMatch(/^507 .*vast\.csv: the disk has \d+ MiB free and this upload needs about \d+ MiB/);
		} finally {
			await stopServer(server);
		}
	}, 90_000);

	it('tells a second process that the file is in use, by which PID, instead of crashing on the lock', async () => {
		const { dbPath, cookie } = await prepareDb();
		const server = await startServer(dbPath, cookie);
		try {
			const err: string[] = [];
			const code = await runCli(['imports', '--db', dbPath], { out: () => {}, err: (line) => err.push(line) });
			expect(code).toBe(1);
			expect(err.join('\n')).toBe(
				`onecall: ${dbPath} is in use by another process (PID ${server.child.pid}, such as a running \`onecall serve\`): one process at a time can open a database file. Stop it, or give another file with --db.`
			);
		} finally {
			await stopServer(server);
		}
	}, 90_000);

	// This test hung in full runs (2 of 3 CI runs) until `serve` stopped opening the file a second
	// time: that open, slowed by the load, cleared the uploads folder under the upload (db-open-once.test.ts).
	it('after SIGKILL during an upload: a failed line saying so, no temp file, no spill files; SIGTERM then releases the file', { timeout: 300_000 }, async () => {
		const { dbPath, cookie } = await prepareDb();
		let server = await startServer(dbPath, cookie);
		try {
			const { req, answer } = openUpload(server, 'killed.csv', { 'content-length': '10000000' });
			req.on('error', () => {});
			req.write(Buffer.alloc(200_000, 'a'));
			let answered = '';
			void answer.then((a) => (answered = a));
			let connected = false;
			req.on('socket', (socket) => socket.once('connect', () => (connected = true)));
			// Up to 2 minutes: in a full run this server's first request shares two cores with
			// other files' million-row imports. A timeout says what the client and the server had got to.
			await waitFor('the temp file', async () => {
				if (answered) throw new Error(`the upload was answered before the kill: ${answered.slice(0, 300)}`);
				return existsSync(uploadsDir(dbPath)) && readdirSync(uploadsDir(dbPath)).length > 0 ? true : undefined;
			}, 120_000).catch((err: Error) => {
				const why = `${err.message} (socket ${connected ? 'connected' : 'never connected'}, ${req.writableLength} bytes unsent; ` +
					`the server ${server.child.exitCode === null ? 'runs' : `exited ${server.child.exitCode}`}; its log: ${server.log().slice(-1500) || '(empty)'})`;
				throw new Error(why);
			});
			await stopServer(server, 'SIGKILL');
			req.destroy();
			// DuckDB's spill folder as a killed import leaves it.
			mkdirSync(`${dbPath}.tmp`, { recursive: true });
			writeFileSync(`${dbPath}.tmp/duckdb_temp_storage_S32K-0.tmp`, 'spilled');

			server = await startServer(dbPath, cookie);
			const line = (await history(server)).find((h) => h.file_name === 'killed.csv')!;
			expect(line.status).toBe('failed');
			expect(line.message).toBe('interrupted: the server stopped while killed.csv was being uploaded; nothing of it was stored');
			expect(readdirSync(uploadsDir(dbPath))).toEqual([]);
			expect(readdirSync(`${dbPath}.tmp`)).toEqual([]);

			const started = Date.now();
			expect(await stopServer(server, 'SIGTERM')).toBe(0);
			expect(Date.now() - started).toBeLessThan(15_000);
			// The lock is gone: the next start opens the same file.
			server = await startServer(dbPath, cookie);
			expect((await send(server, 'GET', '/api/imports')).status).toBe(200);
			expect(await stopServer(server, 'SIGTERM')).toBe(0);
		} finally {
			// A failed step must not leave a server running.
			await stopServer(server, 'SIGKILL');
		}
	});
});
