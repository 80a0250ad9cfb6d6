// What an import needs to know about a file beyond its bytes: which columns feed
// which canonical field, and how its values are written. Presets and saved mappings share it.
import { fieldsOf, mapHeaders, mappableFieldsOf, normaliseHeader, type Kind } from '$lib/canonical';

/** The encodings an import reads (detected over the whole file, or named by the analyst). */
export const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin-1'] as const;
export type Encoding = (typeof encodings)[number];

export interface ImportMapping {
	/** Preset id or the analyst's name for a saved mapping. */
	name: string;
	label?: string;
	kind: Kind;
	/**
	 * Canonical (or helper) field -> source header(s). Headers compare after
	 * normalising, so `assignment_group` also finds "Assignment group". Of several
	 * headers the file carries, the first non-empty value wins.
	 */
	columns: Record<string, string | string[]>;
	/**
	 * One row per update of a ticket: collapse to the latest state per ticket. 'auto':
	 * decided from the data (ticket ids that repeat), never from a column name alone.
	 */
	eventLog?: boolean | 'auto';
	/** The preset an 'auto' mapping becomes when its ids repeat (the event-log form). */
	eventLogFormat?: string;
	nullTokens?: string[];
	/** strptime formats tried after ISO 8601, e.g. "%d/%m/%Y %H:%M". */
	dateFormats?: string[];
	/** IANA zone for date/times written without an offset; default: the settings' zone. */
	timezone?: string;
	delimiter?: string;
	encoding?: Encoding;
	/** csat_score scale when the file has no csat_scale column: 1-5, 1-10, 0-10, good/bad. */
	csatScale?: string;
	/** Status values (any case) meaning the ticket is resolved. */
	resolvedValues?: string[];
	/** Priority label (any case) -> P1..P4, over the vendor defaults of vocabulary.ts. */
	priorityMap?: Record<string, string>;
	/** The support level meaning first line: a ticket that never left it was fixed at first contact. */
	firstLevel?: string;
	/** Headers that identify the format (recognition); presets only. */
	signature?: string[];
	/** Documented export columns the preset reads nothing from (recognition only). */
	known?: string[];
	/** At least one of these fields must be found for the preset to apply (e.g. a change's dates). */
	requireAny?: string[];
	/** Where the column list comes from; presets only. */
	source?: string;
	/** Fill unmapped fields from the canonical synonyms (the generic formats). */
	useSynonyms?: boolean;
}

export interface ResolvedMapping {
	mapping: ImportMapping;
	/** Field -> headers present in the file, in preference order. */
	columns: Map<string, string[]>;
	missingRequired: string[];
}

export const defaultResolvedValues = ['resolved', 'closed', 'solved', 'completed', 'done', 'fixed'];

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Finds a mapping's headers in a file's actual header line. */
export function resolveMapping(mapping: ImportMapping, headers: string[]): ResolvedMapping {
	const byNormal = new Map<string, string>();
	for (const h of headers) if (!byNormal.has(normaliseHeader(h))) byNormal.set(normaliseHeader(h), h);
	const columns = new Map<string, string[]>();
	for (const field of mappableFieldsOf(mapping.kind)) {
		const found = asList(mapping.columns[field.name])
			.map((h) => headers.find((x) => x === h) ?? byNormal.get(normaliseHeader(h)))
			.filter((h): h is string => h !== undefined);
		if (found.length) columns.set(field.name, [...new Set(found)]);
	}
	if (mapping.useSynonyms) {
		const used = new Set([...columns.values()].flat());
		const free = headers.filter((h) => !used.has(h));
		for (const [field, header] of mapHeaders(free, mapping.kind)) if (!columns.has(field)) columns.set(field, [header]);
	}
	// An event log without a creation column starts each ticket at its first event.
	if (mapping.eventLog === true && !columns.has('created_at') && columns.has('event_at')) {
		columns.set('created_at', columns.get('event_at')!);
	}
	const missingRequired = fieldsOf(mapping.kind)
		.filter((f) => f.required && !columns.has(f.name))
		.map((f) => f.name);
	return { mapping, columns, missingRequired };
}

/** Checks a mapping read from JSON (a --mapping file, a saved mapping, the upload form). */
export function parseMapping(value: unknown): ImportMapping {
	const m = value as Partial<ImportMapping> | null;
	if (!m || typeof m !== 'object') throw new Error('a mapping must be a JSON object');
	if (typeof m.name !== 'string' || !m.name.trim()) throw new Error('a mapping needs a "name"');
	if (m.kind !== 'tickets' && m.kind !== 'changes') throw new Error('a mapping\'s "kind" must be tickets or changes');
	if (!m.columns || typeof m.columns !== 'object') throw new Error('a mapping needs "columns": {field: header}');
	const known = new Set(mappableFieldsOf(m.kind).map((f) => f.name));
	for (const [field, header] of Object.entries(m.columns)) {
		if (!known.has(field)) throw new Error(`mapping column "${field}" is not a ${m.kind} field`);
		if (!(typeof header === 'string' || (Array.isArray(header) && header.every((h) => typeof h === 'string')))) {
			throw new Error(`mapping column "${field}" must name a header (or a list of headers)`);
		}
	}
	for (const key of ['nullTokens', 'dateFormats', 'resolvedValues'] as const) {
		const v = m[key];
		if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) throw new Error(`"${key}" must be a list of strings`);
	}
	if (m.priorityMap !== undefined) {
		if (!m.priorityMap || typeof m.priorityMap !== 'object' || Array.isArray(m.priorityMap)) throw new Error('"priorityMap" must be an object {label: "P1".."P4"}');
		for (const [label, level] of Object.entries(m.priorityMap)) {
			if (!['P1', 'P2', 'P3', 'P4'].includes(level as string)) throw new Error(`priorityMap "${label}" must be P1, P2, P3 or P4, not ${JSON.stringify(level)}`);
		}
	}
	if (m.eventLog !== undefined && m.eventLog !== true && m.eventLog !== false && m.eventLog !== 'auto') throw new Error('"eventLog" must be true, false or "auto"');
	if (m.encoding !== undefined && !encodings.includes(m.encoding)) throw new Error(`"encoding" must be one of ${encodings.join(', ')}`);
	return { ...m, name: m.name.trim() } as ImportMapping;
}
