// An import's plan, worked out before any data is read: the file's header and dialect,
// the mapping (asked for, saved or recognised), and everything that shapes the typed rows.
import { statSync } from 'node:fs';
import { guessKind, type Kind } from '$lib/canonical';
import { defaultResolvedValues, parseMapping, resolveMapping, type ImportMapping, type ResolvedMapping } from '$lib/formats/mapping';
import { presetByName } from '$lib/formats/presets';
import { recognise } from '$lib/formats/recognise';
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

export const defaultNullTokens = ['', '?', '#N/A', 'N/A', 'NULL', 'null'];

export interface PlannedImport {
	plan: StagePlan;
	resolved: ResolvedMapping;
	/** Which format was chosen and why. */
	recognition: string;
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
		header = await readCsvHeader(file, { delimiter: options.delimiter ?? options.mapping?.delimiter, encoding: options.encoding ?? options.mapping?.encoding });
	} catch (err) {
		throw new ImportError(`${name}: cannot be imported: ${(err as Error).message}`);
	}
	const { headers } = header;
	// One header cell usually means the file is split on another character.
	const delimiterHint = headers.length === 1 ? ` The header has one column: is "${header.delimiter}" the right delimiter?` : '';
	let chosen: { resolved: ResolvedMapping; recognition: string };
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
			`${name} line 1: no column for required field ${resolved.missingRequired.join(', ')} (columns: ${headers.join(', ')}).${delimiterHint}`
		);
	}
	const timezone = options.timezone ?? mapping.timezone ?? '';
	if (timezone && !(await conn.allSql<{ n: number }>('SELECT count(*)::INTEGER AS n FROM pg_timezone_names() WHERE name = $tz', { tz: timezone }))[0].n) {
		throw new ImportError(`${name}: unknown time zone "${timezone}" (use an IANA name such as Europe/Brussels)`);
	}
	const plan: StagePlan = {
		file, name, kind, headers, delimiter: header.delimiter, encoding: header.encoding, columns: resolved.columns,
		nullTokens: [...new Set([...defaultNullTokens, ...(mapping.nullTokens ?? []), ...(options.nullTokens ?? [])])],
		dateFormats: options.dateFormats ?? mapping.dateFormats ?? [],
		timezone,
		resolvedValues: options.resolvedValues ?? mapping.resolvedValues ?? (mapping.eventLog ? defaultResolvedValues : [])
	};
	// Everything that shapes the result: the same bytes read another way are another import.
	const effective = JSON.stringify({
		...mapping, columns: Object.fromEntries(resolved.columns), nullTokens: plan.nullTokens, dateFormats: plan.dateFormats,
		timezone, delimiter: plan.delimiter, encoding: plan.encoding, resolvedValues: plan.resolvedValues,
		csatScale: options.csatScale ?? mapping.csatScale, signature: undefined, source: undefined
	});
	return { plan, resolved, recognition, carried: carriedFields(resolved), effective };
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
		return { resolved, recognition: `${mapping.label ?? mapping.name} (as asked)` };
	}
	const found = recognise(headers, options.kind);
	if (found.status === 'unrecognised' && !options.kind && !guessKind(headers)) {
		throw new ImportError(
			`${name} line 1: cannot tell whether this is a tickets or a changes export; the header needs ticket_id and created_at (or change_id), or a mapping (--format, --mapping). Found: ${headers.join(', ')}.${delimiterHint}`
		);
	}
	return { resolved: found.resolved, recognition: found.explanation };
}

/** Canonical fields the import fills: mapped ones, and those derived from helpers or events. */
function carriedFields({ mapping, columns }: ResolvedMapping): string[] {
	const fields = new Set([...columns.keys()]);
	if (columns.has('first_response_minutes')) fields.add('first_response_at');
	if (columns.has('group_stations')) fields.add('reassignment_count');
	if (mapping.eventLog) {
		for (const f of ['resolved_at', 'reopen_count']) fields.add(f);
		if (columns.has('team')) fields.add('reassignment_count');
		if (mapping.firstLevel && columns.has('support_level')) fields.add('first_contact_resolved');
	}
	for (const helper of ['event_at', 'event_seq', 'support_level', 'first_response_minutes', 'group_stations']) fields.delete(helper);
	return [...fields];
}
