// CSV text read outside DuckDB: the header line with its delimiter, the line each
// record starts on (quoted newlines included), and files read chunk by chunk.
import { open } from 'node:fs/promises';

import type { Encoding } from '$lib/formats/mapping';
import { uniqueHeaders } from '$lib/formats/file-head';

export type { Encoding } from '$lib/formats/mapping';

export interface CsvHeader {
	headers: string[];
	delimiter: string;
}

/** What the analyst said about the file; anything left out is detected. */
export interface CsvDialect {
	delimiter?: string;
	encoding?: Encoding;
}

const candidates = [',', ';', '\t', '|'];

/** Splits one CSV line on a delimiter, honouring double quotes. */
export function splitCsvLine(line: string, delimiter: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (quoted) {
			if (ch === '"' && line[i + 1] === '"') (cell += '"'), i++;
			else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === delimiter) cells.push(cell), (cell = '');
		else cell += ch;
	}
	cells.push(cell);
	return cells;
}

/** The most columns a file may have: past it, a header is not an export's (and DuckDB's buffers grow with it). */
export const maxColumns = 5_000;
/** The most bytes the header line may take before its end is found. */
const maxHeaderBytes = 8 << 20;

/**
 * The header of a UTF-8 CSV file (the first record, read to its end however long)
 * and its delimiter (the candidate splitting it into most cells). Throws with a
 * reason for an empty file, a header line without an end, or too many columns.
 */
export async function readCsvHeader(file: string, dialect: CsvDialect = {}): Promise<CsvHeader> {
	const parts: Buffer[] = [];
	let size = 0;
	let inQuotes = false;
	let end = -1;
	await forEachChunk(file, (bytes) => {
		for (let i = 0; i < bytes.length; i++) {
			if (bytes[i] === QUOTE) inQuotes = !inQuotes;
			else if (bytes[i] === NEWLINE && !inQuotes) {
				end = size + i;
				break;
			}
		}
		parts.push(Buffer.from(end >= 0 ? bytes.subarray(0, end - size) : bytes));
		size += bytes.length;
		return end < 0 && size <= maxHeaderBytes;
	});
	if (size === 0) throw new Error('the file is empty');
	if (end < 0 && size > maxHeaderBytes) throw new Error(`line 1 runs past ${maxHeaderBytes >> 20} MiB without ending; this is not a CSV export's header`);
	const line = Buffer.concat(parts).toString('utf8').replace(/^\uFEFF/, '').replace(/\r$/, '');
	if (line.trim() === '') throw new Error('line 1 is empty; the first line must name the columns');
	const delimiter =
		dialect.delimiter ??
		candidates.map((d) => ({ d, n: splitCsvLine(line, d).length })).reduce((best, c) => (c.n > best.n ? c : best)).d;
	const cells = splitCsvLine(line, delimiter);
	if (cells.length > maxColumns) {
		throw new Error(`line 1 names ${cells.length.toLocaleString('en')} columns; onecall reads at most ${maxColumns.toLocaleString('en')} (is this an export of tickets or changes?)`);
	}
	return { headers: uniqueHeaders(cells), delimiter };
}

/** An encoding as the analyst may type it (utf8, cp1252, iso-8859-1 ...); throws on one onecall cannot read. */
export function parseEncoding(value: string): Encoding {
	const v = value.trim().toLowerCase().replace(/_/g, '-');
	const named: Record<string, Encoding> = {
		'utf-8': 'utf-8', utf8: 'utf-8', 'utf-16le': 'utf-16le', 'utf-16-le': 'utf-16le', utf16le: 'utf-16le',
		'utf-16be': 'utf-16be', 'utf-16-be': 'utf-16be', utf16be: 'utf-16be', 'windows-1252': 'windows-1252', cp1252: 'windows-1252',
		'latin-1': 'latin-1', latin1: 'latin-1', 'iso-8859-1': 'latin-1'
	};
	const found = named[v];
	if (!found) throw new Error(`encoding must be utf-8, utf-16le, utf-16be, windows-1252 or latin-1, not "${value}"`);
	return found;
}

/**
 * Where byte `offset` of a CSV file is: its line (1-based) and the field of its record
 * it falls in (0-based; quoted newlines and delimiters honoured).
 */
export async function locateOffset(file: string, offset: number, delimiter: string): Promise<{ line: number; field: number }> {
	let line = 1;
	let field = 0;
	let inQuotes = false;
	let seen = 0;
	const delim = delimiter.charCodeAt(0);
	await forEachChunk(file, (bytes) => {
		const stop = Math.min(bytes.length, offset - seen);
		for (let i = 0; i < stop; i++) {
			const b = bytes[i];
			if (b === QUOTE) inQuotes = !inQuotes;
			else if (b === NEWLINE) (line++, inQuotes || (field = 0));
			else if (b === delim && !inQuotes) field++;
		}
		seen += stop;
		return seen < offset;
	});
	return { line, field };
}

/** A delimiter as the analyst may type it: `;`, `\t`, `tab`, `pipe`. */
export function parseDelimiter(value: string): string {
	const named: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
	const d = named[value.toLowerCase()] ?? value;
	if (d.length !== 1 || d === '"' || d === '\n' || d === '\r') throw new Error(`--delimiter must be one character (or tab), not "${value}"`);
	return d;
}

/**
 * The line each of `records` starts on (record 0 is the header, on line 1; blank
 * lines are not records), as [record, line] pairs; `records` ascending. DuckDB numbers
 * records, not lines, and a quoted value can span lines. Bytes are scanned, not text:
 * quotes and newlines are the same bytes in UTF-8 and Latin-1. The scan stops after
 * the last record asked for.
 */
export async function recordLines(file: string, records: number[]): Promise<[number, number][]> {
	const found: [number, number][] = [];
	if (!records.length) return found;
	let next = 0;
	let record = 0;
	let line = 1;
	let recordStart = 1;
	let inQuotes = false;
	let hasContent = false;
	const endRecord = () => {
		if (records[next] === record) found.push([record, recordStart]), next++;
		record++;
	};
	await forEachChunk(file, (bytes) => {
		for (let i = 0; i < bytes.length; i++) {
			const b = bytes[i];
			if (b === QUOTE) inQuotes = !inQuotes;
			if (b === NEWLINE) {
				line++;
				if (!inQuotes) {
					if (hasContent) endRecord();
					hasContent = false;
					recordStart = line;
				}
			} else if (b !== RETURN) hasContent = true;
		}
		return next < records.length;
	});
	if (hasContent) endRecord();
	return found;
}

/**
 * Reads a file from the start through one reused 1 MiB buffer (a 1 GB file allocates
 * nothing per chunk), until the end or until `onChunk` returns false.
 */
export async function forEachChunk(file: string, onChunk: (bytes: Buffer) => boolean | void): Promise<void> {
	const handle = await open(file, 'r');
	try {
		const buffer = Buffer.allocUnsafe(1 << 20);
		for (;;) {
			const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
			if (bytesRead === 0 || onChunk(buffer.subarray(0, bytesRead)) === false) return;
		}
	} finally {
		await handle.close();
	}
}

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
