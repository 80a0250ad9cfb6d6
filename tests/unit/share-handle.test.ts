// The request hook's share-link branch, in-process on a database file: /share/<token> gets the
// link's grant as the request's access (whatever cookie comes with it); a bad link gets nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../src/lib/server/access/scope';
import { authenticate } from '../../src/lib/server/auth/handle';
import { serverDb } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { createShareLink } from '../../src/lib/server/share';
import { fixture } from '../helpers/db';

const amy: Access = { user: { id: 7, name: 'amy', role: 'account_manager' }, sessionId: 'x', share: null, clients: ['Zephyrine Alpha'] };
let path = '';

beforeAll(async () => {
	process.env.ONECALL_DB = join(mkdtempSync(join(tmpdir(), 'onecall-share-')), 'share.duckdb');
	const db = await serverDb();
	await importFile(db, fixture('access-tickets.csv'));
	path = (await createShareLink(db, amy, { client: 'Zephyrine Alpha', from: '2026-01-01', to: '2026-02-01' })).path;
});

/** Runs the hook on a GET as SvelteKit would; returns the access it set and the response. */
async function hook(pathname: string, routeId: string | null, cookie?: string) {
	const url = new URL(`http://127.0.0.1${pathname}`);
	const event = {
		url,
		route: { id: routeId },
		request: new Request(url),
		cookies: { get: () => cookie, delete: () => {} },
		locals: {} as { access: Access }
	};
	let response: Response;
	try {
		response = await authenticate({ event, resolve: async () => new Response('page') } as never);
	} catch (err) {
		// redirect() and error() throw; their status is the answer.
		response = new Response(null, { status: (err as { status: number }).status, headers: { location: (err as { location?: string }).location ?? '' } });
	}
	return { access: event.locals.access, response };
}

describe('the share branch of the request hook', () => {
	it('a valid link: the grant alone, even with someone’s session cookie beside it', async () => {
		for (const cookie of [undefined, 'some-session-cookie']) {
			const { access, response } = await hook(path, '/share/[token]', cookie);
			expect(response.status).toBe(200);
			expect(access).toMatchObject({ user: null, sessionId: null, clients: ['Zephyrine Alpha'], share: { client: 'Zephyrine Alpha', from: '2026-01-01', to: '2026-02-01' } });
		}
	});

	it('a tampered or malformed link: no grant and no clients (the page then says why)', async () => {
		for (const bad of [path.slice(0, -3) + 'abc', '/share/%E0%A4%A', '/share/1.2.3']) {
			const { access, response } = await hook(bad, '/share/[token]');
			expect(response.status, bad).toBe(200);
			expect(access, bad).toEqual({ user: null, sessionId: null, share: null, clients: [] });
		}
	});

	it('the link is not carried anywhere else: other pages ask for a sign-in', async () => {
		const api = await hook('/api/metrics', '/api/metrics');
		expect(api.response.status).toBe(401);
		expect(api.access.share).toBeNull();
		const page = await hook('/clients/Zephyrine%20Alpha', '/clients/[client]');
		expect(page.response.status).toBe(303);
		expect(page.access.share).toBeNull();
		// A path that only starts like a share link is not one.
		expect((await hook(`${path}/clients`, null)).access.share).toBeNull();
	});
});
