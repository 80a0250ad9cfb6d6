// The guard against a started server: concurrent bad periods (the segfault), cross-site
// state changes of every content type, DNS rebinding by Host, and the safety headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noBuild, prepareDb, send, startServer, stopServer, type TestServer } from '../helpers/server';
import { hostWarnings, serverEnv } from '../../src/cli/serve-env';

describe.skipIf(noBuild)(`the started server${noBuild ? ` (skipped: ${noBuild})` : ''}`, () => {
	let server: TestServer;
	beforeAll(async () => {
		const { dbPath, cookie } = await prepareDb();
		server = await startServer(dbPath, cookie, { ONECALL_BODY_LIMIT: '64KiB' });
	}, 90_000);
	afterAll(async () => {
		if (server) await stopServer(server);
	});

	it('answers four concurrent /team?to=9999-12-31 with 400, three rounds, and keeps serving (finding 3)', async () => {
		for (let round = 0; round < 3; round++) {
			const answers = await Promise.all(
				Array.from({ length: 4 }, () => send(server, 'GET', '/team?from=2026-08-01&to=9999-12-31'))
			);
			expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400]);
			expect(answers[0].body).toContain('to must be between 1900-01-01 and 2200-01-01');
		}
		const zero = await send(server, 'GET', '/api/metrics?from=0000-01-01&to=2026-01-01');
		expect(zero.status).toBe(400);
		const ok = await Promise.all(Array.from({ length: 4 }, () => send(server, 'GET', '/team?from=2000-01-01&to=2050-01-01')));
		expect(ok.map((a) => a.status)).toEqual([200, 200, 200, 200]);
		expect(server.child.exitCode).toBeNull();
	}, 60_000);

	const filtered = ['/', '/team', '/clients', '/clients/Acme', '/repeat-callers', '/changes', '/satisfaction', '/tickets', '/tickets/csv', '/api/metrics', '/api/metrics/fcr', '/api/tickets'];

	it.each(filtered)('answers bad periods and over-long values on %s with 400, never 500 (finding 3)', async (path) => {
		const join = path.includes('?') ? '&' : '?';
		for (const query of ['from=2026-08-01&to=9999-12-31', 'from=0000-01-01&to=2026-01-01', 'from=1950-01-01&to=2100-01-01', `from=2026-01-01&to=2026-02-01&agent=${'a'.repeat(201)}`, `caller=${'c'.repeat(201)}`, 'from=2026-13-01']) {
			const answer = await send(server, 'GET', `${path}${join}metric=fcr&${query}`);
			expect(answer.status, `${path} ${query.slice(0, 40)}`).toBe(400);
		}
	});

	it('answers an over-long filter value with 400, not 500 (finding 3)', async () => {
		const long = await send(server, 'GET', `/api/metrics?from=2026-01-01&to=2026-02-01&client=${'x'.repeat(300)}`);
		expect(long.status).toBe(400);
		expect(long.body).toContain('client is 300 characters long');
	});

	const bodies: [string, Record<string, string>, string | undefined][] = [
		['a form', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'],
		['a multipart form', { 'content-type': 'multipart/form-data; boundary=x' }, '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--\r\n'],
		['JSON', { 'content-type': 'application/json' }, '{"a":1}'],
		['text/plain (sendBeacon)', { 'content-type': 'text/plain;charset=UTF-8' }, 'x'],
		['no body (fetch no-cors)', {}, undefined]
	];

	it.each(bodies)('refuses a cross-site POST with %s to undo and settings (finding 2)', async (_what, headers, body) => {
		for (const path of ['/api/imports/1/undo', '/settings', '/api/imports/mappings']) {
			const foreign = await send(server, 'POST', path, { ...headers, origin: 'http://evil.example' }, body);
			expect(foreign.status, path).toBe(403);
			expect(foreign.body).toMatch(/^Refused: POST .* changes data and it comes from another site/);
			const byFetchSite = await send(server, 'POST', path, { ...headers, 'sec-fetch-site': 'cross-site' }, body);
			expect(byFetchSite.status).toBe(403);
			const byReferer = await send(server, 'POST', path, { ...headers, referer: 'http://evil.example/page' }, body);
			expect(byReferer.status).toBe(403);
		}
		// The same request from the server's own page passes the guard (undo of a missing import: 409).
		const own = await send(server, 'POST', '/api/imports/1/undo', { ...headers, origin: server.origin, 'sec-fetch-site': 'same-origin' }, body);
		expect(own.status).toBe(409);
		expect(own.body).toContain('there is no import #1');
	});

	it('saves settings from its own plain-http page without ORIGIN set (finding 5)', async () => {
		const page = await send(server, 'GET', '/settings');
		expect(page.status).toBe(200);
		const saved = await send(server, 'POST', '/settings', {
			'content-type': 'application/x-www-form-urlencoded', origin: server.origin, accept: 'application/json', 'x-sveltekit-action': 'true'
		}, 'nonsense=1');
		// The action ran (SvelteKit's own check used to answer 403 "Cross-site POST form submissions are forbidden").
		expect(saved.status).toBe(200);
		expect(JSON.parse(saved.body).type).toMatch(/^(success|failure)$/);
	});

	it('refuses a Host it does not answer to (DNS rebinding) with 421, not the CSV (finding 4)', async () => {
		const rebound = await send(server, 'GET', '/tickets/csv?from=2000-01-01&to=2050-01-01', { host: `attacker.example:${server.port}` });
		expect(rebound.status).toBe(421);
		expect(rebound.body).not.toContain('ticket_id');
		const own = await send(server, 'GET', '/tickets/csv?from=2000-01-01&to=2050-01-01', { host: `localhost:${server.port}` });
		expect(own.status).toBe(200);
		expect(own.body).toMatch(/^ticket_id,/);
	});

	it('sends CSP with frame-ancestors none, nosniff, DENY and a referrer policy (finding 6)', async () => {
		const page = await send(server, 'GET', '/');
		const csp = String(page.headers['content-security-policy']);
		expect(csp).toContain("frame-ancestors 'none'");
		expect(csp).toMatch(/script-src 'self'/);
		expect(page.headers['x-content-type-options']).toBe('nosniff');
		expect(page.headers['x-frame-options']).toBe('DENY');
		expect(page.headers['referrer-policy']).toBe('same-origin');
		const api = await send(server, 'GET', '/api/imports');
		expect(api.headers['content-security-policy']).toContain("default-src 'none'");
		expect(api.headers['x-content-type-options']).toBe('nosniff');
	});

	it('refuses a non-upload body over ONECALL_BODY_LIMIT up front, and one with no length (finding 7)', async () => {
		const big = await send(server, 'POST', '/settings', { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin }, 'a='.padEnd(70_000, 'x'));
		expect(big.status).toBe(413);
		const chunked = await send(server, 'POST', '/settings', { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin, 'transfer-encoding': 'chunked' }, 'a=1');
		expect(chunked.status).toBe(411);
	});
});

describe('the environment serve gives adapter-node (finding 7)', () => {
	it('caps bodies at the upload limit, not Infinity, and bounds header and shutdown time', () => {
		expect(serverEnv('/d.duckdb', '127.0.0.1', '3000', {})).toEqual({
			ONECALL_DB: '/d.duckdb', HOST: '127.0.0.1', PORT: '3000', BODY_SIZE_LIMIT: String(2 * 1024 ** 3), HEADERS_TIMEOUT: '30', SHUTDOWN_TIMEOUT: '10'
		});
		expect(serverEnv('/d.duckdb', '127.0.0.1', '3000', { HEADERS_TIMEOUT: '5' }).HEADERS_TIMEOUT).toBe('5');
	});
});

describe('serve --host beyond loopback (finding 10)', () => {
	it('warns that anyone on the network can reach it, and says nothing on loopback', () => {
		expect(hostWarnings('127.0.0.1', '3000')).toEqual([]);
		expect(hostWarnings('localhost', '3000')).toEqual([]);
		const lines = hostWarnings('0.0.0.0', '3000').join('\n');
		expect(lines).toContain('listening on every network interface (--host 0.0.0.0): anyone who can reach this machine can reach onecall on port 3000');
		expect(lines).toContain('HTTPS');
	});
});
