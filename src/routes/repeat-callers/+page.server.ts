// Repeat callers: rate for the chosen window, trend, top callers with their tickets, same-issue repeats.
import { error } from '@sveltejs/kit';
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { repeatView } from '$lib/server/views/repeat';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	try {
		return await repeatView(await serverDb(), url.searchParams);
	} catch (err) {
		if (err instanceof FilterError) error(400, err.message);
		throw err;
	}
};
