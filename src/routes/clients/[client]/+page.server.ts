// A client's meeting pack: the client comes from the path, the period and other filters from
// the URL; the pack's share links are listed, created and revoked here.
import { fail } from '@sveltejs/kit';
import { answer } from '$lib/server/request-scope';
import { clientPackWithInsights } from '$lib/server/insights/pages';
import { createShareFromForm, listShareLinks, revokeShareFromForm } from '$lib/server/share';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	answer(
		event,
		async (s) => {
			const [pack, shares] = await Promise.all([
				clientPackWithInsights(s.db, s.access, s.params, event.params.client),
				listShareLinks(s.db, s.access, event.params.client)
			]);
			return { ...pack, shares };
		},
		event.params.client
	);

export const actions: Actions = {
	share: (event) =>
		answer(
			event,
			async (s) => {
				const made = await createShareFromForm(s.db, s.access, event.params.client, await event.request.formData());
				return 'error' in made ? fail(400, { shareError: made.error }) : { created: made.link };
			},
			event.params.client
		),
	revoke: (event) =>
		answer(
			event,
			async (s) => {
				const done = await revokeShareFromForm(s.db, s.access, event.params.client, await event.request.formData());
				return 'error' in done ? fail(400, { shareError: done.error }) : { revoked: done.id };
			},
			event.params.client
		)
};
