// Team: agents and teams side by side, FCR vs CSAT per agent, and a trend per team.
import { error } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { teamView } from '$lib/server/views/team';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	try {
		return await teamView(await serverDb(), url.searchParams);
	} catch (err) {
		if (err instanceof FilterError) error(400, err.message);
		throw err;
	}
};
