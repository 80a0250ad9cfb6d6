// Clients: every client's headline numbers and deltas for the URL's filters.
import { error } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { clientsView } from '$lib/server/views/clients';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	try {
		return await clientsView(await serverDb(), url.searchParams);
	} catch (err) {
		if (err instanceof FilterError) error(400, err.message);
		throw err;
	}
};
