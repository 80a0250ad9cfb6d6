// The one table of who may use which route: every page and API route id under src/routes,
// the roles that may read it (GET) and write to it (POST, form actions). Enforced in hooks.
import { roles, type Access, type Role } from './scope';

export type RouteAccess =
	/** Anyone, signed in or not: sign-in, first-admin setup, logout. */
	| { kind: 'public' }
	/** Anyone holding a valid share link; the route itself checks the link (access.share). */
	| { kind: 'share' }
	/** Signed-in users with one of these roles. */
	| { kind: 'roles'; read: readonly Role[]; write: readonly Role[] };

export interface RoutePolicy {
	/** API routes answer 401/403 as JSON; pages send the browser to sign in or show a 403 page. */
	api: boolean;
	access: RouteAccess;
}

const everyone = roles;
// Analysts load the data and tune the metrics; admins can do everything.
const loaders = ['admin', 'analyst'] as const satisfies readonly Role[];
const admins = ['admin'] as const satisfies readonly Role[];
const none = [] as const;

const page = (read: readonly Role[], write: readonly Role[] = none): RoutePolicy => ({ api: false, access: { kind: 'roles', read, write } });
const api = (read: readonly Role[], write: readonly Role[] = none): RoutePolicy => ({ api: true, access: { kind: 'roles', read, write } });
const open = (isApi = false): RoutePolicy => ({ api: isApi, access: { kind: 'public' } });
export const sharePolicy = (isApi = false): RoutePolicy => ({ api: isApi, access: { kind: 'share' } });

/** Keyed by SvelteKit route id (event.route.id). Dashboards are read-only for everyone; an
 *  account manager's rows are narrowed to their clients by the SQL scope, not here. */
export const routePolicy: Record<string, RoutePolicy> = {
	'/': page(everyone),
	'/team': page(everyone),
	'/clients': page(everyone),
	// Writes: the pack's share links (create, revoke), for whoever may see the client.
	'/clients/[client]': page(everyone, everyone),
	'/repeat-callers': page(everyone),
	'/changes': page(everyone),
	'/satisfaction': page(everyone),
	'/tickets': page(everyone),
	'/tickets/csv': page(everyone),
	'/api/metrics': api(everyone),
	'/api/metrics/[metric]': api(everyone),
	'/api/insights': api(everyone),
	'/api/tickets': api(everyone),

	'/data': page(loaders),
	'/settings': page(loaders, loaders),
	'/api/imports': api(loaders, loaders),
	'/api/imports/[id]/rejects.csv': api(loaders),
	'/api/imports/[id]/undo': api(none, loaders),
	'/api/imports/mappings': api(loaders, loaders),

	'/account': page(everyone, everyone),
	'/admin/users': page(admins, admins),
	'/admin/audit': page(admins),

	'/login': open(),
	'/logout': open(),
	'/setup': open(),
	// A share link's one pack; the route checks the link itself (signature, expiry, revocation).
	'/share/[token]': sharePolicy()
};

export type Decision = 'allow' | 'sign_in' | 'forbidden';

export const isRead = (method: string): boolean => method === 'GET' || method === 'HEAD' || method === 'OPTIONS';

/** What the table says about one request; a route missing from it is refused to everyone. */
export function decide(routeId: string, method: string, access: Access): Decision {
	const policy = routePolicy[routeId];
	if (!policy) return access.user ? 'forbidden' : 'sign_in';
	const rule = policy.access;
	if (rule.kind === 'public' || rule.kind === 'share') return 'allow';
	if (!access.user) return 'sign_in';
	const allowed = isRead(method) ? rule.read : rule.write;
	return allowed.includes(access.user.role) ? 'allow' : 'forbidden';
}

/** Whether a role may open a route at all (the shell's navigation shows only those). */
export const mayRead = (routeId: string, role: Role): boolean => {
	const rule = routePolicy[routeId]?.access;
	return rule?.kind === 'public' || (rule?.kind === 'roles' && rule.read.includes(role));
};
