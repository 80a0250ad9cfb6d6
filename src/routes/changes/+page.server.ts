// Changes: change-caused share, change failure rate (DORA), top changes with timelines, suspected incidents.
import { error } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { changesView } from '$lib/server/views/changes';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	try {
		return await changesView(await serverDb(), url.searchParams);
	} catch (err) {
		if (err instanceof FilterError) error(400, err.message);
		throw err;
	}
};
