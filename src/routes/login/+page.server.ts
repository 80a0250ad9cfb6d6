// Sign-in: the form posts name and password; a session cookie and the page asked for follow.
import { loginAction, loginPage } from '$lib/server/auth/pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loginPage(event);

export const actions: Actions = { default: (event) => loginAction(event) };
