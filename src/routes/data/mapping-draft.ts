// The mapping screen's editable state: made from a recognised (or unrecognised) format,
// carried over when the file is re-read, and turned back into the importer's mapping.
import type { Kind } from '$lib/canonical';
import type { Encoding, ImportMapping } from '$lib/formats/mapping';
import type { Recognition } from '$lib/formats/recognise';

export interface MappingDraft {
	name: string;
	kind: Kind;
	/** Field -> one header ('' = not in this file). */
	columns: Record<string, string>;
	eventLog: boolean;
	/** The format leaves list vs event log to the data (ids that repeat) unless eventLog is ticked. */
	eventLogAuto: boolean;
	/** strptime formats separated by "|". */
	dateFormats: string;
	timezone: string;
	/** Comma-separated. */
	nullTokens: string;
	delimiter: string;
	encoding: '' | Encoding;
	csatScale: string;
	/** Comma-separated. */
	resolvedValues: string;
	/** "label=P1, label=P2": priority labels the vendor words of vocabulary.ts do not cover. */
	priorityMap: string;
	save: boolean;
}

export function draftFrom(recognition: Recognition, fileName: string): MappingDraft {
	const m = recognition.resolved.mapping;
	const columns: Record<string, string> = {};
	for (const [field, headers] of recognition.resolved.columns) columns[field] = headers[0];
	return {
		name: recognition.status === 'preset' ? `${m.name} (edited)` : fileName.replace(/\.[^.]+$/, ''),
		kind: m.kind,
		columns,
		eventLog: m.eventLog === true,
		eventLogAuto: m.eventLog === 'auto',
		// A recognised format's date formats and scale are hints: left empty, the importer decides
		// them from the values (import-values.ts); what the analyst types here overrides.
		dateFormats: recognition.status === 'preset' ? '' : (m.dateFormats ?? []).join(' | '),
		timezone: m.timezone ?? '',
		nullTokens: (m.nullTokens ?? []).join(', '),
		delimiter: m.delimiter ?? '',
		encoding: m.encoding ?? '',
		csatScale: recognition.status === 'preset' ? '' : (m.csatScale ?? ''),
		resolvedValues: (m.resolvedValues ?? []).join(', '),
		priorityMap: Object.entries(m.priorityMap ?? {}).map(([label, level]) => `${label}=${level}`).join(', '),
		save: false
	};
}

/**
 * The draft after the file was re-read under another delimiter or encoding, with the
 * new header's recognition. Picks whose header still exists stay; the rest come from
 * recognition or go empty. When no pick survives and the new header is recognised,
 * the old kind was a guess about a header that no longer exists, so the kind and
 * event-log flag follow recognition. Text the analyst typed, the name and the dialect
 * itself are never overwritten.
 */
export function redraft(old: MappingDraft, recognition: Recognition, headers: string[], fileName: string): MappingDraft {
	const fresh = draftFrom(recognition, fileName);
	const kept = Object.entries(old.columns).filter(([, h]) => h && headers.includes(h));
	const follow = !kept.length && recognition.status !== 'unrecognised';
	const kind = follow ? fresh.kind : old.kind;
	// A recognition of the other kind names the wrong fields for this draft.
	const from = fresh.kind === kind ? fresh : null;
	const columns: Record<string, string> = {};
	for (const field of new Set([...Object.keys(old.columns), ...Object.keys(from?.columns ?? {})])) {
		columns[field] = kept.find(([f]) => f === field)?.[1] ?? from?.columns[field] ?? '';
	}
	const fill = (key: 'dateFormats' | 'timezone' | 'nullTokens' | 'csatScale' | 'resolvedValues' | 'priorityMap') => (old[key].trim() || !from ? old[key] : from[key]);
	return {
		...old,
		kind,
		columns,
		eventLog: follow ? fresh.eventLog : old.eventLog,
		eventLogAuto: follow ? fresh.eventLogAuto : old.eventLogAuto,
		dateFormats: fill('dateFormats'),
		timezone: fill('timezone'),
		nullTokens: fill('nullTokens'),
		csatScale: fill('csatScale'),
		resolvedValues: fill('resolvedValues'),
		priorityMap: fill('priorityMap')
	};
}

const split = (s: string, sep = ',') => s.split(sep).map((x) => x.trim()).filter(Boolean);

/** The draft as the importer's mapping (what the upload sends, and what is saved). */
export function toMapping(d: MappingDraft): ImportMapping {
	const columns = Object.fromEntries(Object.entries(d.columns).filter(([, h]) => h));
	const resolved = split(d.resolvedValues);
	// "label=P2" pairs; a pair without a P1-P4 level is left out (the importer's check would refuse it).
	const priorityMap = Object.fromEntries(
		split(d.priorityMap ?? '')
			.map((pair) => pair.split('=').map((x) => x.trim()))
			.filter(([label, level]) => label && /^P[1-4]$/.test(level ?? ''))
	);
	return {
		name: d.name.trim() || 'custom mapping',
		kind: d.kind,
		columns,
		...(d.kind === 'tickets' && d.eventLog ? { eventLog: true } : d.kind === 'tickets' && d.eventLogAuto ? { eventLog: 'auto' as const } : {}),
		dateFormats: split(d.dateFormats, '|'),
		...(d.timezone.trim() ? { timezone: d.timezone.trim() } : {}),
		nullTokens: split(d.nullTokens),
		...(d.delimiter ? { delimiter: d.delimiter } : {}),
		...(d.encoding ? { encoding: d.encoding } : {}),
		...(d.csatScale ? { csatScale: d.csatScale } : {}),
		...(resolved.length ? { resolvedValues: resolved } : {}),
		...(Object.keys(priorityMap).length ? { priorityMap } : {})
	};
}
