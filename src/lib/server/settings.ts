// Metric settings stored in the database (defaults from product.md, set by the
// schema), read as typed values and changed one key at a time with validation.
import type { Conn } from './db';

export interface Settings {
	repeat_window_days: number;
	repeat_caller_threshold: number;
	suspected_change_hours: number;
	sla_target_hours: Record<string, number>;
	fcr_excluded_categories: string[];
	timezone: string;
}

const validators: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
	repeat_window_days: (v): v is number => v === 7 || v === 14 || v === 30,
	repeat_caller_threshold: (v): v is number => Number.isInteger(v) && (v as number) >= 2,
	suspected_change_hours: (v): v is number => typeof v === 'number' && v > 0 && v <= 24 * 14,
	sla_target_hours: (v): v is Record<string, number> =>
		typeof v === 'object' && v !== null && Object.values(v).every((h) => typeof h === 'number' && h > 0),
	fcr_excluded_categories: (v): v is string[] => Array.isArray(v) && v.every((c) => typeof c === 'string'),
	timezone: (v): v is string => typeof v === 'string' && /^[A-Za-z_+\-/0-9]+$/.test(v)
};

export const settingKeys = Object.keys(validators) as (keyof Settings)[];

export async function readSettings(conn: Conn): Promise<Settings> {
	const rows = await conn.all<{ key: string; value: string }>('settings/all');
	const values = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
	return values as Settings;
}

export class SettingError extends Error {}

export async function writeSetting(conn: Conn, key: string, json: string): Promise<void> {
	if (!(settingKeys as string[]).includes(key)) {
		throw new SettingError(`Unknown setting "${key}"; known: ${settingKeys.join(', ')}`);
	}
	let value: unknown;
	try {
		value = JSON.parse(json);
	} catch {
		throw new SettingError(`Setting ${key}: "${json}" is not valid JSON`);
	}
	if (!validators[key as keyof Settings](value)) throw new SettingError(`Setting ${key}: ${json} is not an allowed value`);
	await conn.run('settings/set', { key, value: JSON.stringify(value) });
}
