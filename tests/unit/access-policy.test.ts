// The route policy table against the routes folder: a page or endpoint without an entry (or an
// entry whose route is gone) fails here, before any server runs; and decide() follows the table.
import { describe, expect, it } from 'vitest';
import { decide, routePolicy } from '../../src/lib/server/access/policy';
import { anonymous, roles, type Access, type Role } from '../../src/lib/server/access/scope';
import { routeFiles } from '../e2e/route-files';

const as = (role: Role): Access => ({ user: { id: 1, name: 'x', role }, sessionId: 'h', share: null, clients: role === 'account_manager' ? ['A'] : null });

describe('route policy table', () => {
	const files = routeFiles();

	it('finds the routes folder', () => {
		expect(files.map((f) => f.id)).toEqual(expect.arrayContaining(['/', '/api/metrics', '/login', '/admin/users']));
	});

	it('has an entry for every page and endpoint, and none for a route that is gone', () => {
		const missing = files.map((f) => f.id).filter((id) => !(id in routePolicy));
		expect(missing, 'routes with no policy entry in src/lib/server/access/policy.ts').toEqual([]);
		const stale = Object.keys(routePolicy).filter((id) => !files.some((f) => f.id === id));
		expect(stale, 'policy entries for routes that no longer exist').toEqual([]);
	});

	it('marks every /api route as an API and no page as one', () => {
		for (const f of files) expect(routePolicy[f.id].api, f.id).toBe(f.id.startsWith('/api/'));
	});

	it('gives a route that can be written some writer, and admins every role route', () => {
		for (const f of files) {
			const rule = routePolicy[f.id].access;
			if (rule.kind !== 'roles') continue;
			if (f.reads) expect(rule.read, `${f.id} read`).toContain('admin');
			if (f.writes) expect(rule.write, `${f.id} write`).toContain('admin');
		}
	});

	it('decides by the table: sign in, forbidden or allowed', () => {
		expect(decide('/data', 'GET', anonymous)).toBe('sign_in');
		expect(decide('/data', 'GET', as('manager'))).toBe('forbidden');
		expect(decide('/data', 'GET', as('analyst'))).toBe('allow');
		expect(decide('/api/imports/[id]/undo', 'POST', as('analyst'))).toBe('allow');
		expect(decide('/api/imports/[id]/undo', 'GET', as('analyst'))).toBe('forbidden');
		expect(decide('/settings', 'POST', as('account_manager'))).toBe('forbidden');
		expect(decide('/admin/users', 'HEAD', as('analyst'))).toBe('forbidden');
		expect(decide('/login', 'POST', anonymous)).toBe('allow');
		expect(decide('/share/[token]', 'GET', anonymous)).toBe('allow');
		// A route missing from the table is refused to everyone, admins included.
		expect(decide('/not-in-the-table', 'GET', as('admin'))).toBe('forbidden');
		for (const role of roles) expect(decide('/', 'GET', as(role))).toBe('allow');
	});
});
