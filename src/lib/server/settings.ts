// Metric settings stored in the database (defaults from product.md, set by the
// schema), read as typed values and changed one key at a time with validation.
import type { Conn } from './db';

/** The derived FCR criteria, each applied only where the export carries its column. */
export interface FcrCriteria {
	reassignment_count: boolean;
	reopen_count: boolean;
	contact_count: boolean;
}

export interface Settings {
	repeat_window_days: number;
	repeat_caller_threshold: number;
	suspected_change_hours: number;
	sla_target_hours: Record<string, number>;
	fcr_excluded_categories: string[];
	fcr_criteria: FcrCriteria;
	timezone: string;
}

/**
 * What a fresh install computes (product.md). The schema stores all but fcr_criteria;
 * a key missing from the table reads as its default, and the SQL falls back the same way.
 */
export const defaultSettings: Settings = {
	repeat_window_days: 7,
	repeat_caller_threshold: 3,
	suspected_change_hours: 24,
	sla_target_hours: { P1: 4, P2: 8, P3: 24, P4: 72 },
	fcr_excluded_categories: [],
	fcr_criteria: { reassignment_count: true, reopen_count: true, contact_count: true },
	timezone: 'UTC'
};

const criteriaKeys = Object.keys(defaultSettings.fcr_criteria);

const validators: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
	repeat_window_days: (v): v is number => v === 7 || v === 14 || v === 30,
	repeat_caller_threshold: (v): v is number => Number.isInteger(v) && (v as number) >= 2 && (v as number) <= 1000,
	suspected_change_hours: (v): v is number => Number.isInteger(v) && (v as number) > 0 && (v as number) <= 24 * 14,
	sla_target_hours: (v): v is Record<string, number> =>
		typeof v === 'object' && v !== null && !Array.isArray(v) &&
		Object.entries(v).every(([p, h]) => p.trim() !== '' && typeof h === 'number' && Number.isFinite(h) && h > 0),
	fcr_excluded_categories: (v): v is string[] =>
		Array.isArray(v) && v.every((c) => typeof c === 'string' && c.trim() !== ''),
	fcr_criteria: (v): v is FcrCriteria =>
		typeof v === 'object' && v !== null && !Array.isArray(v) &&
		Object.keys(v).length === criteriaKeys.length &&
		criteriaKeys.every((k) => typeof (v as Record<string, unknown>)[k] === 'boolean'),
	timezone: (v): v is string => typeof v === 'string' && /^[A-Za-z_+\-/0-9]+$/.test(v)
};

export const settingKeys = Object.keys(validators) as (keyof Settings)[];

export async function readSettings(conn: Conn): Promise<Settings> {
	const rows = await conn.all<{ key: string; value: string }>('settings/all');
	const values = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
	return { ...defaultSettings, ...values } as Settings;
}

export class SettingError extends Error {}

/** Checks one setting's JSON text; returns the parsed value or throws a SettingError. */
export function parseSetting(key: string, json: string): unknown {
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
	return value;
}

export async function writeSetting(conn: Conn, key: string, json: string): Promise<void> {
	const value = parseSetting(key, json);
	await conn.run('settings/set', { key, value: JSON.stringify(value) });
}
