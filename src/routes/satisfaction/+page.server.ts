// Satisfaction: CSAT trend, distribution, breakdowns, FCR split and lowest-rated tickets.
import { error } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { satisfactionView } from '$lib/server/views/satisfaction';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	try {
		return await satisfactionView(await serverDb(), url.searchParams);
	} catch (err) {
		if (err instanceof FilterError) error(400, err.message);
		throw err;
	}
};
