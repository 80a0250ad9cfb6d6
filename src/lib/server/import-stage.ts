// The importer's single pass over a file: a TEMP VIEW over read_csv that renames
// and coalesces the mapped columns, typed into import_typed in one CTAS.
import { mappableFieldsOf, type FieldType, type Kind } from '$lib/canonical';
import { quotedIdentifier, quotedString, type Conn } from './db';
import type { Encoding } from './csv-text';
import { vocabularyKey } from '$lib/formats/vocabulary';
import { readValues } from './import-values';

export interface StagePlan {
	file: string;
	name: string;
	kind: Kind;
	headers: string[];
	delimiter: string;
	/** As the analyst asked (the importer hands DuckDB a UTF-8 file, transcoded when needed). */
	encoding: Encoding;
	/** Field -> the file's headers feeding it, first non-empty wins. */
	columns: Map<string, string[]>;
	nullTokens: string[];
	/** Bound into the typing step. */
	dateFormats: string[];
	timezone: string;
	resolvedValues: string[];
	/** Statuses meaning done: resolved without a timestamp (its time unknown). */
	doneStatuses: string[];
	/** Priority label (lower case, no accents) -> P1..P4. */
	priorityMap: Record<string, string>;
	/** A recognised format's usual date formats: the order for a column no value decides. */
	dateHints?: string[];
	/** The analyst's CSAT scale (decides), else the format's usual one (when every value fits it). */
	csatScale?: string;
	csatHint?: string;
}

export class StageError extends Error {}

// Text until typed in SQL (dates, flags, scores and counts need checking there); other
// numbers are typed by the reader, so a bad one is a reader reject naming the file's column.
const readerType: Record<FieldType, string> = { text: 'VARCHAR', timestamp: 'VARCHAR', boolean: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE' };
// The counts too: the reader would round "1.5" to 2; type_tickets.sql rejects it (and -3) by name.
const typedInSql = ['csat_score', 'reopen_count', 'reassignment_count', 'contact_count'];
const readerTypeOf = (name: string, type: FieldType) => (typedInSql.includes(name) ? 'VARCHAR' : readerType[type]);

/** Builds import_source over the file and types it into import_typed; returns notes on how values were read. */
export async function stage(conn: Conn, plan: StagePlan): Promise<string[]> {
	const fields = mappableFieldsOf(plan.kind);
	const typeOfHeader = new Map<string, string>();
	for (const field of fields) {
		for (const h of plan.columns.get(field.name) ?? []) {
			const t = readerTypeOf(field.name, field.type);
			const seen = typeOfHeader.get(h);
			// A header feeding fields of two types is read as text and cast per field.
			typeOfHeader.set(h, seen && seen !== t ? 'VARCHAR' : t);
		}
	}
	const columns = plan.headers.map((h) => `${quotedString(h)}: '${typeOfHeader.get(h) ?? 'VARCHAR'}'`).join(', ');
	const select = fields.map((f) => {
		const sources = (plan.columns.get(f.name) ?? []).map(quotedIdentifier);
		const expr = sources.length === 0 ? 'NULL' : sources.length === 1 ? sources[0] : `coalesce(${sources.join(', ')})`;
		return `${expr}::${readerTypeOf(f.name, f.type)} AS ${f.name}`;
	});
	const mapped = new Set([...plan.columns.values()].flat());
	const extras = plan.headers.filter((h) => !mapped.has(h));
	select.push(
		extras.length
			? `to_json(struct_pack(${extras.map((h) => `${quotedIdentifier(h)} := ${quotedIdentifier(h)}`).join(', ')})) AS extra`
			: 'NULL::JSON AS extra'
	);
	await conn.runSql('DROP TABLE IF EXISTS import_reader_rejects; DROP TABLE IF EXISTS import_reader_scans; DROP TABLE IF EXISTS import_events');
	// A view, so the typing step reads the file exactly once. Views take no bound
	// parameters, so the path and tokens are quoted literals; headers are quoted identifiers.
	await conn.runSql(
		`CREATE OR REPLACE TEMP VIEW import_source AS
		 SELECT ${select.join(', ')}
		 FROM read_csv(${quotedString(plan.file)}, header = true, auto_detect = false, delim = ${quotedString(plan.delimiter)},
		               quote = '"', escape = '"', columns = {${columns}}, nullstr = ${sqlList(plan.nullTokens)},
		               encoding = 'utf-8',
		               store_rejects = true, rejects_table = 'import_reader_rejects', rejects_scan = 'import_reader_scans')`
	);
	try {
		// Each date column's format and the CSAT scale come from the values, before typing.
		const values = await readValues(conn, plan);
		await conn.run(`import/type_${plan.kind}`, { ...typingParams(plan), ...values.params });
		return values.notes;
	} catch (err) {
		throw new StageError(`${plan.name}: ${firstLine((err as Error).message)}`);
	}
}

export const typingParams = (plan: StagePlan) => ({
	date_formats: JSON.stringify(plan.dateFormats),
	tz: plan.timezone,
	resolved_values: JSON.stringify(plan.resolvedValues.map((v) => v.toLowerCase())),
	done_statuses: JSON.stringify(plan.doneStatuses.map(vocabularyKey)),
	priority_map: JSON.stringify(plan.priorityMap)
});

/** Collapses an event log in import_typed to one row per ticket (the latest state). */
export async function collapseEvents(conn: Conn, plan: StagePlan, firstLevel: string): Promise<void> {
	await conn.runSql('ALTER TABLE import_typed RENAME TO import_events');
	await conn.run('import/collapse_events', { resolved_values: typingParams(plan).resolved_values, first_level: firstLevel });
}

const sqlList = (values: string[]) => `[${values.map(quotedString).join(', ')}]`;
export const firstLine = (s: string) => s.split('\n')[0];
