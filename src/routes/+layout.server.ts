// The shell's data: the filters in the URL (for the global filter bar on every view), the
// data's date range for the presets, and each filter's choices from the stored tickets.
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { dataRange } from '$lib/server/overview';
import { filterOptions, scopeFromUrl } from '$lib/server/views/common';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ url }) => {
	const db = await serverDb();
	let scope;
	try {
		scope = await scopeFromUrl(db, url.searchParams);
	} catch (err) {
		// A bad filter is the page's to report (400); the bar then shows no range.
		if (!(err instanceof FilterError)) throw err;
		scope = { filters: null, dataRange: await dataRange(db) };
	}
	return { scope, options: await filterOptions(db, scope.dataRange) };
};
