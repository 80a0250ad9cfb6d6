// POST /logout: ends this session (a POST, so another site's link or image cannot sign anyone out).
import { logoutAction } from '$lib/server/auth/pages';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = (event) => logoutAction(event);
