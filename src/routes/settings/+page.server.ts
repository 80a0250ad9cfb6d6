// Settings: shows the metric settings and saves the form (the same validation as
// `onecall settings set`); every metric definition reads them from the database.
import { fail } from '@sveltejs/kit';
import { serverDb } from '$lib/server/db';
import { audit } from '$lib/server/audit';
import { saveSettings, settingsFromForm, settingsPage } from '$lib/server/metric/settings-form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => settingsPage(await serverDb());

export const actions: Actions = {
	default: async ({ request, locals }) => {
		const values = settingsFromForm(await request.formData());
		const db = await serverDb();
		const errors = await saveSettings(db, values);
		if (Object.keys(errors).length) return fail(400, { errors, values });
		await audit(db, locals.access, 'settings_changed', values);
		return { saved: true };
	}
};
