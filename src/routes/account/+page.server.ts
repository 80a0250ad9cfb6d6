// The signed-in user's account: who they are, and a password change (the old one first).
import { changeOwnPassword } from '$lib/server/auth/pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({ me: locals.access.user!, clients: locals.access.clients });

export const actions: Actions = { default: (event) => changeOwnPassword(event) };
