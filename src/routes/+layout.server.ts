// The shell's data: the filters in the URL (for the global filter bar on every view), the
// data's date range for the presets, and each filter's choices, all within the clients the
// request may see. A share link's page has no shell: it gets none of these.
import { FilterError } from '$lib/filters';
import { serverDb } from '$lib/server/db';
import { dataRange } from '$lib/server/overview';
import { mayRead } from '$lib/server/access/policy';
import { filterOptions, scopeFromUrl } from '$lib/server/views/common';
import { activeChecks } from '$lib/server/import-history';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ url, locals, route }) => {
	const access = locals.access;
	// By route, not by the access: a refused link (no grant) must not get the shell either.
	if (access.share || route.id?.startsWith('/share/')) return { share: true as const, user: null, manage: [] as string[], scope: { filters: null, dataRange: null }, options: null };
	const user = access.user;
	// Signed out (the sign-in and setup pages): no shell either, and nothing about the data.
	if (!user) return { share: false as const, user: null, manage: [] as string[], scope: { filters: null, dataRange: null }, options: null };
	// The Manage links this role may open, from the one policy table.
	const manage = ['/data', '/settings', '/admin/users', '/admin/audit'].filter((route) => mayRead(route, user.role));
	const db = await serverDb();
	let scope;
	try {
		scope = await scopeFromUrl(db, access, url.searchParams);
	} catch (err) {
		// A bad filter is the page's to report (400); the bar then shows no range.
		if (!(err instanceof FilterError)) throw err;
		scope = { filters: null, dataRange: await dataRange(db, access) };
	}
	// Plausibility checks of the imports on the dashboards, noticed on the views they affect.
	// Not for an account manager: a check speaks of a whole file (all its clients, a constant
	// column's value), and the Data page it points to is not theirs.
	const [options, checks] = await Promise.all([filterOptions(db, access, scope.dataRange), access.clients === null ? activeChecks(db) : []]);
	return { share: false as const, user, manage, scope, options, checks };
};
