// The Settings page's form: reads the posted fields into setting values, checks them
// all with the same validators as `onecall settings set`, and saves them together.
import { quotedString, withConnection, type Conn, type Db } from '../db';
import { parseSetting, readSettings, SettingError, type Settings } from '../settings';
import { refreshMetricDays } from '../metric-days';
import { refreshCallerRuns } from '../caller-runs';
import { serialised } from '../importer';

export interface SettingsPage {
	settings: Settings;
	/** Categories seen in the data, for the net-FCR exclusions (plus any saved ones). */
	categories: string[];
}

export async function settingsPage(db: Db): Promise<SettingsPage> {
	return withConnection(db, async (conn) => {
		const settings = await readSettings(conn);
		const rows = await conn.all<{ category: string }>('metrics/categories');
		const categories = [...new Set([...rows.map((r) => r.category), ...settings.fcr_excluded_categories])].sort();
		return { settings, categories };
	});
}

export type FormErrors = Partial<Record<keyof Settings, string>>;

const number = (form: FormData, name: string): number => {
	const text = String(form.get(name) ?? '').trim();
	return text === '' ? NaN : Number(text);
};

/** Setting values (as JSON text) from the posted form; every field is always posted. */
export function settingsFromForm(form: FormData): Record<keyof Settings, string> {
	// SLA targets come as parallel lists; a row with no hours drops that priority.
	const priorities = form.getAll('sla_priority').map((p) => String(p).trim());
	const hours = form.getAll('sla_hours').map((h) => String(h).trim());
	const targets: Record<string, number> = {};
	priorities.forEach((p, i) => {
		if (p !== '' && hours[i] !== '') targets[p] = Number(hours[i]);
	});
	const excluded = form.getAll('fcr_excluded_categories').map(String);
	const extra = String(form.get('fcr_excluded_extra') ?? '')
		.split(',')
		.map((c) => c.trim())
		.filter((c) => c !== '');
	return {
		repeat_window_days: JSON.stringify(number(form, 'repeat_window_days')),
		repeat_caller_threshold: JSON.stringify(number(form, 'repeat_caller_threshold')),
		suspected_change_hours: JSON.stringify(number(form, 'suspected_change_hours')),
		sla_target_hours: JSON.stringify(targets),
		fcr_excluded_categories: JSON.stringify([...new Set([...excluded, ...extra])]),
		fcr_criteria: JSON.stringify({
			reassignment_count: form.get('fcr_reassignment_count') === 'on',
			reopen_count: form.get('fcr_reopen_count') === 'on',
			contact_count: form.get('fcr_contact_count') === 'on'
		}),
		timezone: JSON.stringify(String(form.get('timezone') ?? '').trim())
	};
}

const messages: Record<keyof Settings, string> = {
	repeat_window_days: 'Choose 7, 14 or 30 days.',
	repeat_caller_threshold: 'A whole number of tickets, 2 or more.',
	suspected_change_hours: 'A whole number of hours from 1 to 336 (14 days).',
	sla_target_hours: 'Each target must be a number of hours above 0.',
	fcr_excluded_categories: 'Category names cannot be empty.',
	fcr_criteria: 'Each criterion is on or off.',
	timezone: 'A time zone name such as Europe/Amsterdam or UTC.'
};

/** Checks every value first, so nothing is saved unless all of it is valid. */
export async function saveSettings(db: Db, values: Record<keyof Settings, string>): Promise<FormErrors> {
	const errors: FormErrors = {};
	for (const [key, json] of Object.entries(values) as [keyof Settings, string][]) {
		try {
			parseSetting(key, json);
		} catch (err) {
			if (!(err instanceof SettingError)) throw err;
			errors[key] = messages[key];
		}
	}
	return withConnection(db, async (conn) => {
		if (!errors.timezone && !(await knownZone(conn, JSON.parse(values.timezone)))) errors.timezone = messages.timezone;
		if (Object.keys(errors).length) return errors;
		await conn.transaction(async () => {
			for (const [key, value] of Object.entries(values)) await conn.run('settings/set', { key, value });
		});
		// Periods are days in this zone from the next query on, as when the database is opened.
		const { tz } = await conn.one<{ tz: string }>('settings/timezone');
		await conn.runSql(`SET GLOBAL TimeZone = ${quotedString(tz)}`);
		// Counted under the new settings (and days in the new zone); until then the tickets are
		// read. Queued with imports and undos, the other writers of the summary.
		await serialised(() => conn.transaction(async () => {
			await refreshCallerRuns(conn);
			await refreshMetricDays(conn);
		}));
		return {};
	});
}

async function knownZone(conn: Conn, zone: string): Promise<boolean> {
	const rows = await conn.all<{ ok: boolean }>('metrics/time_zone_known', { zone });
	return rows[0]?.ok === true;
}
