// An import's plan, worked out before any data is read: the file's header and dialect,
// the mapping (asked for, saved or recognised), and everything that shapes the typed rows.
import { statSync } from 'node:fs';
import { guessKind, helperFieldNames, type Kind } from '$lib/canonical';
import { defaultResolvedValues, parseMapping, resolveMapping, type ImportMapping, type ResolvedMapping } from '$lib/formats/mapping';
import { presetByName } from '$lib/formats/presets';
import { missingExplained, recognise, type Recognition } from '$lib/formats/recognise';
import { doneStatuses, priorityMapFor } from '$lib/formats/vocabulary';
import type { Conn } from './db';
import { readCsvHeader } from './csv-text';
import type { StagePlan } from './import-stage';

/** How to read one file: a mapping or format, and the dialect settings that override the mapping's. */
export interface ImportOptions
	extends Pick<ImportMapping, 'nullTokens' | 'dateFormats' | 'timezone' | 'delimiter' | 'encoding' | 'csatScale' | 'resolvedValues'> {
	kind?: Kind;
	/** A preset (e.g. servicenow-incident) or a saved mapping's name. */
	format?: string;
	/** An explicit mapping (a --mapping file, the mapping screen). */
	mapping?: ImportMapping;
	source?: string;
	/** The name shown in the history (an upload's temp file has another). */
	displayName?: string;
	user?: string;
	/**
	 * DuckDB memory cap and worker threads while this import runs (e.g. "128MB", 1; the
	 * import spills to disk beyond the cap): the server bounds an upload's memory with
	 * them, the CLI runs unbounded. Both are instance-wide, so dashboards share them.
	 */
	memoryLimit?: string;
	threads?: number;
	/** Loading progress, 0-100, while DuckDB reads the file. */
	onProgress?: (percent: number) => void;
}

export class ImportError extends Error {}

// 1900-01-01 00:00:00 (and 1899-12-30) is how Excel and Zendesk write an empty date, never a real one.
export const defaultNullTokens = ['', '?', '#N/A', 'N/A', 'NULL', 'null', '1900-01-01 00:00:00', '1899-12-30 00:00:00'];

export interface PlannedImport {
	plan: StagePlan;
	resolved: ResolvedMapping;
	/** Which format was chosen and why. */
	recognition: string;
	/** The header's score against each preset (recognised files only). */
	scores: Recognition['scores'];
	/** Canonical fields the file fills. */
	carried: string[];
	/** The mapping as applied, JSON: the same bytes read another way are another import. */
	effective: string;
}

/** The file's size, or null when it cannot be read (a refusal is still recorded). */
export function fileBytes(file: string): number | null {
	try {
		return statSync(file).size;
	} catch {
		return null;
	}
}

/** Reads the header and settles how to read the file; throws ImportError when it cannot be imported. */
export async function planImport(conn: Conn, file: string, name: string, options: ImportOptions): Promise<PlannedImport> {
	let header;
	try {
		// The file is UTF-8 by now (ImportInput transcodes any other encoding first).
		header = await readCsvHeader(file, { delimiter: options.delimiter ?? options.mapping?.delimiter });
	} catch (err) {
		throw new ImportError(`${name}: cannot be imported: ${(err as Error).message}`);
	}
	const { headers } = header;
	// One header cell usually means the file is split on another character.
	const delimiterHint = headers.length === 1 ? ` The header has one column: is "${header.delimiter}" the right delimiter?` : '';
	let chosen: { resolved: ResolvedMapping; recognition: string; scores: Recognition['scores'] };
	try {
		chosen = await chooseMapping(conn, headers, name, options, delimiterHint);
	} catch (err) {
		if (err instanceof ImportError) throw err;
		throw new ImportError(`${name}: ${(err as Error).message}`);
	}
	const { resolved, recognition } = chosen;
	const { mapping } = resolved;
	const kind = mapping.kind;
	if (resolved.missingRequired.length) {
		throw new ImportError(
			`${name} line 1: no column for required field ${resolved.missingRequired.join(', ')}: ${missingExplained(resolved, headers)}. Columns: ${headers.join(', ')}.${delimiterHint}`
		);
	}
	const timezone = options.timezone ?? mapping.timezone ?? '';
	if (timezone && !(await conn.allSql<{ n: number }>('SELECT count(*)::INTEGER AS n FROM pg_timezone_names() WHERE name = $tz', { tz: timezone }))[0].n) {
		throw new ImportError(`${name}: unknown time zone "${timezone}" (use an IANA name such as Europe/Brussels)`);
	}
	// A recognised format's date formats and CSAT scale are hints (its vendor's usual order and
	// scale); the analyst's own (options, a saved or given mapping) decide (import-values.ts).
	const preset = !options.mapping && presetByName(mapping.name) !== undefined;
	const plan: StagePlan = {
		file, name, kind, headers, delimiter: header.delimiter, encoding: options.encoding ?? options.mapping?.encoding ?? 'utf-8', columns: resolved.columns,
		nullTokens: [...new Set([...defaultNullTokens, ...(mapping.nullTokens ?? []), ...(options.nullTokens ?? [])])],
		dateFormats: options.dateFormats ?? (preset ? undefined : mapping.dateFormats) ?? [],
		dateHints: mapping.dateFormats ?? [],
		csatScale: options.csatScale ?? (preset ? undefined : mapping.csatScale),
		csatHint: mapping.csatScale,
		timezone,
		resolvedValues: options.resolvedValues ?? mapping.resolvedValues ?? (mapping.eventLog === true ? defaultResolvedValues : []),
		// A status that says done makes a ticket resolved when no timestamp does (its time stays unknown).
		doneStatuses: (options.resolvedValues ?? mapping.resolvedValues ?? []).length ? (options.resolvedValues ?? mapping.resolvedValues)! : doneStatuses,
		priorityMap: priorityMapFor(mapping.priorityMap)
	};
	// Everything that shapes the result: the same bytes read another way are another import.
	const effective = JSON.stringify({
		...mapping, columns: Object.fromEntries(resolved.columns), nullTokens: plan.nullTokens, dateFormats: plan.dateFormats,
		timezone, delimiter: plan.delimiter, encoding: plan.encoding, resolvedValues: plan.resolvedValues,
		csatScale: options.csatScale ?? mapping.csatScale, signature: undefined, source: undefined, known: undefined, requireAny: undefined,
		priorityMap: mapping.priorityMap
	});
	return { plan, resolved, recognition, scores: chosen.scores, carried: carriedFields(resolved), effective };
}

async function chooseMapping(conn: Conn, headers: string[], name: string, options: ImportOptions, delimiterHint: string) {
	let mapping = options.mapping;
	if (!mapping && options.format) {
		mapping = presetByName(options.format);
		if (!mapping) {
			const saved = await conn.all<{ spec: string }>('import/mapping_get', { name: options.format });
			if (!saved.length) throw new ImportError(`${name}: no format or saved mapping named "${options.format}"`);
			mapping = parseMapping(JSON.parse(saved[0].spec));
		}
	}
	if (mapping) {
		if (options.kind && mapping.kind !== options.kind) {
			throw new ImportError(`${name}: mapping "${mapping.name}" is for ${mapping.kind}, not ${options.kind}`);
		}
		const resolved = resolveMapping(mapping, headers);
		return { resolved, recognition: `${mapping.label ?? mapping.name} (as asked)`, scores: [] };
	}
	const found = recognise(headers, options.kind);
	if (found.status === 'unrecognised' && !options.kind && !guessKind(headers)) {
		throw new ImportError(
			`${name} line 1: cannot tell whether this is a tickets or a changes export: ${found.explanation.replace(/^format not recognised: /, '')}. (A tickets file needs a ticket id and a creation date column, a changes file a change id.) Found: ${headers.join(', ')}.${delimiterHint}`
		);
	}
	return { resolved: found.resolved, recognition: found.explanation, scores: found.scores };
}

/**
 * Settles a mapping whose shape is 'auto' from the staged rows: an event log when ticket
 * ids repeat (more than one row in ten repeats an id), a list export otherwise. A column
 * name alone (sys_updated_on) never makes a list an event log.
 */
export async function settleShape(conn: Conn, planned: PlannedImport): Promise<void> {
	const { mapping } = planned.resolved;
	if (mapping.eventLog !== 'auto' || planned.plan.kind !== 'tickets') return;
	const { rows, ids } = await conn.one<{ rows: number; ids: number }>('import/id_repeats');
	const repeats = Number(rows) - Number(ids);
	const orderable = planned.resolved.columns.has('event_seq') || planned.resolved.columns.has('event_at');
	const events = orderable && repeats > 0 && repeats * 10 > Number(rows);
	const twin = events && mapping.eventLogFormat ? presetByName(mapping.eventLogFormat) : undefined;
	planned.resolved = { ...planned.resolved, mapping: { ...(twin ?? mapping), eventLog: events } };
	planned.carried = carriedFields(planned.resolved);
	planned.recognition += events
		? `; an event log: ${Number(rows).toLocaleString('en')} rows for ${Number(ids).toLocaleString('en')} ticket ids, collapsed to one per ticket`
		: `; one row per ticket (${repeats === 0 ? 'no ticket id repeats' : `${repeats} of ${Number(rows).toLocaleString('en')} rows repeat an id`}), so not an event log`;
	if (events) planned.plan.resolvedValues = planned.plan.resolvedValues.length ? planned.plan.resolvedValues : defaultResolvedValues;
}

/** Canonical fields the import fills: mapped ones, and those derived from helpers or events. */
function carriedFields({ mapping, columns }: ResolvedMapping): string[] {
	const fields = new Set([...columns.keys()]);
	if (columns.has('first_response_minutes')) fields.add('first_response_at');
	if (columns.has('group_stations')) fields.add('reassignment_count');
	if (mapping.eventLog === true) {
		for (const f of ['resolved_at', 'reopen_count']) fields.add(f);
		if (columns.has('team')) fields.add('reassignment_count');
		if (mapping.firstLevel && columns.has('support_level')) fields.add('first_contact_resolved');
	}
	if (columns.has('resolution_seconds') || columns.has('resolution_hours')) fields.add('resolved_at');
	if (columns.has('sla_breached')) fields.add('sla_met');
	for (const helper of helperFieldNames) fields.delete(helper);
	return [...fields];
}
