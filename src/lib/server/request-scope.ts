// The one place a page load or API route turns its request into what a view needs (the
// database, the URL's parameters, who asks) and a refused request into a clear 400 or 403.
import { error, type RequestEvent } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';
import type { Access } from './access/scope';
import { serverDb, type Db } from './db';
import { DrilldownError } from './metric/drilldown';
import { RequestError } from './metric/request';

export interface RequestScope {
	db: Db;
	params: URLSearchParams;
	access: Access;
}

/** A request for a client the access may not see. */
export class ClientForbidden extends Error {}

/**
 * Whether an access may see a client. A client outside the list is refused whether or not it
 * exists (the same 403 either way), so the answer says nothing about other clients.
 */
export function checkClient(access: Access, client: string | null | undefined): void {
	if (client && access.clients !== null && !access.clients.includes(client)) {
		throw new ClientForbidden('You can see only the clients you look after; this one is not among them.');
	}
}

/** The request's scope; a `client=` filter (or a path's client) outside the access is refused. */
export async function requestScope(event: Pick<RequestEvent, 'url' | 'locals'>, pathClient?: string): Promise<RequestScope> {
	const access = event.locals.access;
	checkClient(access, event.url.searchParams.get('client'));
	checkClient(access, pathClient);
	return { db: await serverDb(), params: event.url.searchParams, access };
}

/** The HTTP status a refused request gets: bad parameters 400, a client not theirs 403. */
export function refusalStatus(err: unknown): 400 | 403 | null {
	if (err instanceof ClientForbidden) return 403;
	if (err instanceof FilterError || err instanceof RequestError || err instanceof DrilldownError) return 400;
	return null;
}

/** Runs a view for the request; a refusal becomes its status with the reason in words. */
export async function answer<T>(
	event: Pick<RequestEvent, 'url' | 'locals'>,
	view: (scope: RequestScope) => Promise<T>,
	pathClient?: string
): Promise<T> {
	try {
		return await view(await requestScope(event, pathClient));
	} catch (err) {
		const status = refusalStatus(err);
		if (status) error(status, (err as Error).message);
		throw err;
	}
}
