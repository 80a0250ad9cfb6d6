// A share link's page: the token is checked (signature, revocation, expiry) and its one
// client's pack for its one period is shown; every opening is counted and audited.
import { error } from '@sveltejs/kit';
import { serverDb } from '$lib/server/db';
import { accessFromShareToken, shareUsed } from '$lib/server/share';
import { sharedPackWithInsights } from '$lib/server/insights/pages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	const db = await serverDb();
	// Checked here as well as in the request hook, so the page never leans on the hook alone.
	const check = await accessFromShareToken(db, params.token);
	if (!check.ok) error(check.status, check.message);
	setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	const pack = await sharedPackWithInsights(db, check.access);
	await shareUsed(db, check.access);
	return { pack, grant: check.grant };
};
