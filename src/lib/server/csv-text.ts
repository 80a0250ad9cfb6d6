// CSV text read outside DuckDB: the header line with its delimiter, the line each
// record starts on (quoted newlines included), and files read chunk by chunk.
import { open } from 'node:fs/promises';

export type Encoding = 'utf-8' | 'latin-1';

export interface CsvHeader {
	headers: string[];
	delimiter: string;
	/** As asked for, else utf-8 unless the file's start is not valid UTF-8 (then Latin-1). */
	encoding: Encoding;
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

/**
 * The header of a CSV file and its delimiter (the candidate splitting the header
 * into most cells). Throws with a reason for empty or binary files.
 */
export async function readCsvHeader(file: string, dialect: CsvDialect = {}): Promise<CsvHeader> {
	const handle = await open(file, 'r');
	let head: Buffer;
	try {
		const buffer = Buffer.alloc(256 * 1024);
		const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
		head = buffer.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
	if (head.length === 0) throw new Error('the file is empty');
	if (head.includes(0)) throw new Error('this is a binary file, not CSV text (it contains NUL bytes)');
	const encoding = dialect.encoding ?? (isUtf8(head) ? 'utf-8' : 'latin-1');
	const text = (encoding === 'latin-1' ? head.toString('latin1') : head.toString('utf8')).replace(/^\uFEFF/, '');
	const line = text.split(/\r?\n/, 1)[0];
	if (line.trim() === '') throw new Error('line 1 is empty; the first line must name the columns');
	const delimiter =
		dialect.delimiter ??
		candidates.map((d) => ({ d, n: splitCsvLine(line, d).length })).reduce((best, c) => (c.n > best.n ? c : best)).d;
	const seen = new Map<string, number>();
	// Repeated names get a suffix, as each column needs its own name in the staging table.
	const headers = splitCsvLine(line, delimiter).map((raw, i) => {
		const name = raw.trim() || `column_${i + 1}`;
		const count = (seen.get(name) ?? 0) + 1;
		seen.set(name, count);
		return count === 1 ? name : `${name}_${count}`;
	});
	return { headers, delimiter, encoding };
}

/** Whether bytes are valid UTF-8; a character cut off at the end of the sample is fine. */
function isUtf8(bytes: Buffer): boolean {
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
		return true;
	} catch {
		return false;
	}
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
