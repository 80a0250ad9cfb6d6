// Starts the built server (build/cli/onecall.js serve) on 127.0.0.1 with a fresh database
// and a signed-in admin's cookie, and sends raw HTTP (any Host header, partial bodies).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { closeDb, openDb } from '../../src/lib/server/db';
import { addUser } from '../../src/lib/server/auth/users';
import { startSession, sessionCookie } from '../../src/lib/server/auth/sessions';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'build', 'cli', 'onecall.js');
/** Why the server tests cannot run here, or null. */
export const noBuild = existsSync(cli) && existsSync(join(root, 'build', 'app', 'index.js')) ? null : 'the app is not built: run `npm run build` first';

export interface TestServer {
	port: number;
	origin: string;
	dbPath: string;
	cookie: string;
	child: ChildProcess;
	log: () => string;
}

/** A database with one admin and a live session for them; closed again so the server can take the file. */
export async function prepareDb(dir = mkdtempSync(join(tmpdir(), 'onecall-server-'))): Promise<{ dbPath: string; cookie: string }> {
	const dbPath = join(dir, 'server.duckdb');
	const db = await openDb(dbPath, { schemaUpTo: 9999 });
	const user = await addUser(db, { name: 'tester', role: 'admin', password: 'a long test password 1' });
	const { cookie } = await startSession(db, user.user_id, {});
	closeDb(db);
	return { dbPath, cookie: `${sessionCookie}=${cookie}` };
}

/** A port nobody listens on now, as the system hands it out (a random pick could be another test's server). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

export async function startServer(dbPath: string, cookie: string, env: Record<string, string> = {}): Promise<TestServer> {
	const port = await freePort();
	// The built CLI bundle run directly: the launcher would rebuild when sources are newer.
	const run = `const { runCli } = await import(${JSON.stringify(pathToFileURL(cli).href)}); process.exitCode = await runCli(process.argv.slice(1));`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', run, 'serve', '--db', dbPath, '--port', String(port), '--host', '127.0.0.1'], {
		env: { ...process.env, ONECALL_ROOT: root, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const server = { port, origin: `http://127.0.0.1:${port}`, dbPath, cookie, child, log: () => output };
	const deadline = Date.now() + 60_000;
	for (;;) {
		const answered = await send(server, 'GET', '/api/imports').then(() => true, () => false);
		// An answer while this child has exited came from another server on the port: no start.
		if (answered && child.exitCode === null) return server;
		if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the server did not start: ${output}`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

export function stopServer(server: TestServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
	if (server.child.exitCode !== null) return Promise.resolve(server.child.exitCode);
	return new Promise((resolve) => {
		server.child.once('exit', (code) => resolve(code));
		server.child.kill(signal);
	});
}

export interface Answer {
	status: number;
	headers: IncomingHttpHeaders;
	body: string;
}

/** One request by node:http (fetch may not set Host); the admin's cookie unless headers say otherwise. */
export function send(server: TestServer, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{ host: '127.0.0.1', port: server.port, method, path, headers: { cookie: server.cookie, ...headers } },
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (d) => (text += d));
				res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}
