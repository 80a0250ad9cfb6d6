// First-admin setup through the one-time link `npm start` prints while there are no users.
import { setupAction, setupPage } from '$lib/server/auth/pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => setupPage(event);

export const actions: Actions = { default: (event) => setupAction(event) };
