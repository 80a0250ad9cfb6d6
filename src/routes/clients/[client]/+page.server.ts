// A client's meeting pack: the client comes from the path, the period and other filters from the URL.
import { error } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { clientPack } from '$lib/server/views/clients';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, params }) => {
	try {
		return await clientPack(await serverDb(), url.searchParams, params.client);
	} catch (err) {
		if (err instanceof FilterError) error(400, err.message);
		throw err;
	}
};
