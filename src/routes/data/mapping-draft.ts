// The mapping screen's editable state, made from a recognised (or unrecognised)
// format and turned back into the importer's mapping.
import type { Kind } from '$lib/canonical';
import type { Encoding, ImportMapping } from '$lib/formats/mapping';
import type { Recognition } from '$lib/formats/recognise';

export interface MappingDraft {
	name: string;
	kind: Kind;
	/** Field -> one header ('' = not in this file). */
	columns: Record<string, string>;
	eventLog: boolean;
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
		eventLog: Boolean(m.eventLog),
		dateFormats: (m.dateFormats ?? []).join(' | '),
		timezone: m.timezone ?? '',
		nullTokens: (m.nullTokens ?? []).join(', '),
		delimiter: m.delimiter ?? '',
		encoding: m.encoding ?? '',
		csatScale: m.csatScale ?? '',
		resolvedValues: (m.resolvedValues ?? []).join(', '),
		save: false
	};
}

const split = (s: string, sep = ',') => s.split(sep).map((x) => x.trim()).filter(Boolean);

/** The draft as the importer's mapping (what the upload sends, and what is saved). */
export function toMapping(d: MappingDraft): ImportMapping {
	const columns = Object.fromEntries(Object.entries(d.columns).filter(([, h]) => h));
	const resolved = split(d.resolvedValues);
	return {
		name: d.name.trim() || 'custom mapping',
		kind: d.kind,
		columns,
		...(d.kind === 'tickets' && d.eventLog ? { eventLog: true } : {}),
		dateFormats: split(d.dateFormats, '|'),
		...(d.timezone.trim() ? { timezone: d.timezone.trim() } : {}),
		nullTokens: split(d.nullTokens),
		...(d.delimiter ? { delimiter: d.delimiter } : {}),
		...(d.encoding ? { encoding: d.encoding } : {}),
		...(d.csatScale ? { csatScale: d.csatScale } : {}),
		...(resolved.length ? { resolvedValues: resolved } : {})
	};
}
