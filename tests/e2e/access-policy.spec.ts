// The route walker: every page and endpoint in src/routes, asked over HTTP by each role and by
// a signed-out visitor, answers as the policy table says (sign in, 403, or let through).
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { routePolicy } from '../../src/lib/server/access/policy';
import { roles, type Role } from '../../src/lib/server/access/scope';
import { routeFiles } from './route-files';
import { e2eUsers, storageStateOf } from './users';

const files = routeFiles();
const sampleParams: Record<string, string> = { client: e2eUsers.account_manager.clients![0], metric: 'fcr', id: '1', token: 'not-a-real-link' };
const pathOf = (id: string, params = sampleParams) =>
	id.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name])).replace(/\/\([^)]+\)/g, '') || '/';

// Writes that are safe to let through on the shared e2e database: each ends in a 4xx from the
// route itself (no such import, no file name, an empty mapping, an empty user name).
const harmlessWrites: Record<string, { path: string; data?: unknown; form?: Record<string, string> }> = {
	'/api/imports/[id]/undo': { path: '/api/imports/999999/undo' },
	'/api/imports': { path: '/api/imports', data: '' },
	'/api/imports/mappings': { path: '/api/imports/mappings', data: {} },
	'/admin/users': { path: '/admin/users?/remove', form: { name: '' } }
};

async function contextFor(role: Role | null, baseURL: string): Promise<APIRequestContext> {
	return request.newContext({ baseURL, storageState: role ? storageStateOf(role) : { cookies: [], origins: [] } });
}

type Outcome = 'sign_in' | 'forbidden' | 'through';

function outcomeOf(status: number, location: string | null): Outcome {
	if (status === 401 || (status === 303 && location?.startsWith('/login'))) return 'sign_in';
	if (status === 403) return 'forbidden';
	return 'through';
}

function expected(id: string, method: 'GET' | 'POST', role: Role | null): Outcome {
	const rule = routePolicy[id].access;
	if (rule.kind !== 'roles') return 'through';
	if (!role) return 'sign_in';
	return (method === 'GET' ? rule.read : rule.write).includes(role) ? 'through' : 'forbidden';
}

test('every route in src/routes has a policy entry', () => {
	expect(files.filter((f) => !routePolicy[f.id]).map((f) => f.id)).toEqual([]);
});

for (const role of [null, ...roles] as const) {
	test(`each route answers ${role ?? 'a signed-out visitor'} as the policy table says`, async ({ baseURL }) => {
		const api = await contextFor(role, baseURL!);
		const seen: string[] = [];
		const wanted: string[] = [];
		for (const f of files) {
			const policy = routePolicy[f.id];
			if (f.reads) {
				const res = await api.get(pathOf(f.id), { maxRedirects: 0 });
				const answered = outcomeOf(res.status(), res.headers()['location'] ?? null);
				// A share route refuses a made-up link in its own way (403); it must not ask for a sign-in.
				const got = policy.access.kind === 'share' && answered === 'forbidden' ? 'through' : answered;
				const want = expected(f.id, 'GET', role);
				seen.push(`GET ${f.id} ${got}`);
				wanted.push(`GET ${f.id} ${want}`);
				expect(res.status(), `GET ${f.id}`).toBeLessThan(500);
				if (want === 'sign_in') expect(res.status(), `GET ${f.id} signed out`).toBe(policy.api ? 401 : 303);
				if (want === 'forbidden' && policy.api) expect((await res.json()).message).toMatch(/may not/);
			}
			if (f.writes && f.id !== '/logout') {
				const want = expected(f.id, 'POST', role);
				const harmless = harmlessWrites[f.id];
				// Let-through writes run only where they cannot change the shared database.
				if (want === 'through' && !harmless) continue;
				const res = await api.post(harmless?.path ?? pathOf(f.id), { maxRedirects: 0, data: harmless?.data, form: harmless?.form });
				// A form action asked for JSON (as use:enhance does) answers a redirect in the body.
				const body = res.headers()['content-type']?.includes('json') ? await res.json().catch(() => null) : null;
				const location = body?.type === 'redirect' ? body.location : (res.headers()['location'] ?? null);
				seen.push(`POST ${f.id} ${outcomeOf(body?.type === 'redirect' ? 303 : res.status(), location)}`);
				wanted.push(`POST ${f.id} ${want}`);
				expect(res.status(), `POST ${f.id}`).toBeLessThan(500);
			}
		}
		expect(seen).toEqual(wanted);
		await api.dispose();
	});
}
