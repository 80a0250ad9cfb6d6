// The Settings page's form action: posted fields become settings, all are checked
// before any is saved, and a saved time zone applies to the next query.
import { describe, expect, it } from 'vitest';
import { withConnection } from '../../src/lib/server/db';
import { defaultSettings, readSettings } from '../../src/lib/server/settings';
import { saveSettings, settingsFromForm, settingsPage } from '../../src/lib/server/metric/settings-form';
import { memoryDb } from '../helpers/db';
import { metricDb } from './metric-fixture';

function form(fields: [string, string][]): FormData {
	const f = new FormData();
	for (const [k, v] of fields) f.append(k, v);
	return f;
}

const defaultsPosted: [string, string][] = [
	['fcr_reassignment_count', 'on'],
	['fcr_reopen_count', 'on'],
	['fcr_contact_count', 'on'],
	['repeat_window_days', '7'],
	['repeat_caller_threshold', '3'],
	['suspected_change_hours', '24'],
	['sla_priority', 'P1'], ['sla_hours', '4'],
	['sla_priority', 'P2'], ['sla_hours', '8'],
	['sla_priority', 'P3'], ['sla_hours', '24'],
	['sla_priority', 'P4'], ['sla_hours', '72'],
	['sla_priority', ''], ['sla_hours', ''],
	['fcr_excluded_extra', ''],
	['timezone', 'UTC']
];

describe('Settings page', () => {
	it('lists the categories in the data for the net-FCR exclusions', async () => {
		const page = await settingsPage(await metricDb());
		expect(page.settings).toEqual(defaultSettings);
		expect(page.categories).toEqual(['Access', 'Email', 'Hardware', 'Network', 'Other', 'Printing']);
	});

	it('posting the defaults stores the defaults', async () => {
		const db = await memoryDb();
		expect(await saveSettings(db, settingsFromForm(form(defaultsPosted)))).toEqual({});
		expect(await withConnection(db, readSettings)).toEqual(defaultSettings);
	});

	it('saves changed values, unchecked criteria, new priorities and excluded categories', async () => {
		const db = await memoryDb();
		const posted = form([
			...defaultsPosted.filter(([k, v]) => k !== 'fcr_contact_count' && !(k === 'sla_priority' && v === '') && !(k === 'sla_hours' && v === '')
				&& !['repeat_window_days', 'timezone', 'fcr_excluded_extra'].includes(k)),
			['repeat_window_days', '14'],
			['sla_priority', 'P5'], ['sla_hours', '120'],
			['fcr_excluded_categories', 'Hardware'],
			['fcr_excluded_extra', ' On-site work , Hardware '],
			['timezone', 'Europe/Amsterdam']
		]);
		expect(await saveSettings(db, settingsFromForm(posted))).toEqual({});
		const s = await withConnection(db, readSettings);
		expect(s).toMatchObject({
			repeat_window_days: 14,
			fcr_criteria: { reassignment_count: true, reopen_count: true, contact_count: false },
			sla_target_hours: { P1: 4, P2: 8, P3: 24, P4: 72, P5: 120 },
			fcr_excluded_categories: ['Hardware', 'On-site work'],
			timezone: 'Europe/Amsterdam'
		});
		// The zone applies at once: midnight UTC on 1 March is 01:00 in Amsterdam.
		const [{ local }] = await withConnection(db, (c) =>
			c.allSql<{ local: string }>("SELECT strftime(TIMESTAMPTZ '2026-03-01 00:00:00Z', '%H:%M') AS local")
		);
		expect(local).toBe('01:00');
	});

	it('saves nothing when any field is invalid, and says which', async () => {
		const db = await memoryDb();
		const posted = form([
			...defaultsPosted.filter(([k]) => !['repeat_caller_threshold', 'timezone'].includes(k)),
			['repeat_caller_threshold', '1'],
			['timezone', 'Mars/Olympus_Mons']
		]);
		const errors = await saveSettings(db, settingsFromForm(posted));
		expect(Object.keys(errors).sort()).toEqual(['repeat_caller_threshold', 'timezone']);
		expect(await withConnection(db, readSettings)).toEqual(defaultSettings);
	});
});
