// Who is asking: resolves the session cookie into the request's access scope on
// event.locals.access, then applies the route policy table before any load or endpoint runs.
import { error, json, redirect, type Handle, type RequestEvent } from '@sveltejs/kit';
import { anonymous, type Access } from '../access/scope';
import { decide, routePolicy } from '../access/policy';
import { serverDb } from '../db';
import { forbiddenPage } from './forbidden';
import { accessOf } from './login';
import { accessFromShareToken } from '../share';
import { resumeSession, sessionCookie } from './sessions';
import { roleNames } from '../../roles';

async function accessFor(event: RequestEvent): Promise<Access> {
	// A share link's page: the link's grant alone (one client's pack), whoever's browser it is;
	// a refused link sees nothing (its page says why).
	const shareToken = /^\/share\/([^/]+)\/?$/.exec(event.url.pathname)?.[1];
	if (shareToken !== undefined) {
		// Raw, not decoded: a token is digits, dots and base64url, so a %-escape only makes it invalid (and a bad one cannot throw).
		const check = await accessFromShareToken(await serverDb(), shareToken);
		return check.ok ? check.access : { ...anonymous, clients: [] };
	}
	const cookie = event.cookies.get(sessionCookie);
	if (!cookie) return anonymous;
	const session = await resumeSession(await serverDb(), cookie);
	if (!session) {
		// Expired or unknown: drop it so the browser stops sending it.
		event.cookies.delete(sessionCookie, { path: '/', secure: false });
		return anonymous;
	}
	const { user } = session;
	return accessOf({ user_id: user.id, name: user.name, role: user.role, clients: user.clients }, session.idHash);
}

/** Where a signed-out visitor is sent: the sign-in page, coming back here afterwards. */
export function loginUrl(url: URL): string {
	const back = url.pathname + url.search;
	return back === '/' ? '/login' : `/login?next=${encodeURIComponent(back)}`;
}

/** Throws (or returns) the refusal for a request the policy table does not allow. */
function authorise(event: RequestEvent): Response | null {
	const routeId = event.route.id;
	// No route: SvelteKit answers 404, and the shell shows nothing to a signed-out visitor.
	if (routeId === null) return null;
	const access = event.locals.access;
	const decision = decide(routeId, event.request.method, access);
	if (decision === 'allow') return null;
	const isApi = routePolicy[routeId]?.api ?? routeId.startsWith('/api/');
	if (decision === 'sign_in') {
		if (isApi) return json({ message: 'Sign in first: this needs a signed-in user.' }, { status: 401 });
		redirect(303, loginUrl(event.url));
	}
	const message = `You are signed in as ${access.user!.name} (${roleNames[access.user!.role]}), and that role may not ${event.request.method === 'GET' ? 'open' : 'change'} this.`;
	if (isApi) return json({ message }, { status: 403 });
	// Data requests and form actions sent by the app's own script want JSON; a browser's page load, a page.
	if (event.isDataRequest || event.request.method !== 'GET') error(403, message);
	return forbiddenPage(message);
}

export const authenticate: Handle = async ({ event, resolve }) => {
	event.locals.access = await accessFor(event);
	const refused = authorise(event);
	if (refused) return refused;
	const response = await resolve(event);
	// Pages behind a sign-in must not be kept by shared caches or the back button after logout.
	if (event.locals.access.user && !response.headers.has('cache-control')) {
		try {
			response.headers.set('cache-control', 'private, no-store');
		} catch {
			// Immutable headers (a proxied fetch response): leave them be.
		}
	}
	return response;
};
