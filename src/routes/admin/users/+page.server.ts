// Users (admins only): everyone who can sign in; add, change role and clients, reset, remove.
import { userAction, usersPage } from '$lib/server/auth/admin';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => usersPage();

export const actions: Actions = {
	add: (event) => userAction(event, 'add'),
	change: (event) => userAction(event, 'change'),
	reset: (event) => userAction(event, 'reset'),
	remove: (event) => userAction(event, 'remove')
};
