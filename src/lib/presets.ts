// Date-range presets, anchored at the newest ticket so an old export or the sample
// never opens on an empty page; ranges are half-open [from, to).
import { addDays } from './filters';

export interface Preset {
	id: string;
	label: string;
	days: number | null;
}

export const presets: Preset[] = [
	{ id: '30d', label: 'Last 30 days', days: 30 },
	{ id: '90d', label: 'Last 90 days', days: 90 },
	{ id: '180d', label: 'Last 6 months', days: 182 },
	{ id: '365d', label: 'Last 12 months', days: 365 },
	{ id: 'all', label: 'All data', days: null }
];

export const defaultPresetId = '90d';

export interface DataRange {
	first_day: string | null;
	last_day: string | null;
	tickets: number;
}

/** The range a preset covers: it ends the day after the newest ticket (exclusive). */
export function presetRange(id: string, data: DataRange, today: string): { from: string; to: string } {
	const preset = presets.find((p) => p.id === id) ?? presets.find((p) => p.id === defaultPresetId)!;
	const to = addDays(data.last_day ?? today, 1);
	if (preset.days === null) return { from: data.first_day ?? addDays(to, -365), to };
	return { from: addDays(to, -preset.days), to };
}

/** The preset a range matches exactly, if any, so the picker can show it as chosen. */
export function matchingPreset(range: { from: string; to: string }, data: DataRange, today: string): string | null {
	return presets.find((p) => {
		const r = presetRange(p.id, data, today);
		return r.from === range.from && r.to === range.to;
	})?.id ?? null;
}
