// The upload preview as pure logic: the first bytes of a file decoded and parsed
// under the delimiter and encoding the analyst chose (or detected, as the server does).
import Papa from 'papaparse';
import type { Encoding } from '$lib/formats/mapping';
// Header names as the server's header reader makes them, so a column picked here is the column the import finds.
import { decoderLabel, headEncoding, uniqueHeaders } from '$lib/formats/file-head';

export interface Preview {
	headers: string[];
	rows: string[][];
	/** The delimiter the rows were split on (the chosen one, or the detected one). */
	delimiter: string;
	/** The encoding the bytes were decoded with (the chosen one, or the detected one). */
	encoding: Encoding;
	/** A ZIP archive or XLSX workbook: unpacked and recognised on the server, no preview here. */
	packed?: boolean;
}

/** What the mapping screen says about the file; '' = detect. */
export interface Dialect {
	delimiter: string;
	encoding: '' | Encoding;
}

/** Bytes read from the start of the file: enough for the preview rows, never the whole file. */
export const HEAD_BYTES = 64 * 1024;

/** The encodings the mapping screen offers, as the analyst knows them. */
export const encodingNames: Record<Encoding, string> = {
	'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252', 'latin-1': 'Latin-1'
};

/** The delimiters the mapping screen offers, in the order the server tries them. */
export const delimiterNames: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * Decodes the head of a file. Detection follows the server's reader (UTF-16 by its
 * mark or NUL pattern, UTF-8 when valid, else Windows-1252). `stream` keeps a character
 * cut off at the end of the slice from failing detection or leaving a U+FFFD.
 */
export function decodeHead(bytes: Uint8Array, encoding: '' | Encoding): { text: string; encoding: Encoding } {
	const chosen: Encoding = encoding || headEncoding(bytes);
	const text = new TextDecoder(decoderLabel(chosen)).decode(bytes, { stream: true });
	return { text: text.replace(/^\uFEFF/, ''), encoding: chosen };
}

/** The candidate splitting the first line into most cells (the first on a tie), as the server picks it. */
function detectDelimiter(text: string): string {
	const line = text.split(/\r?\n/, 1)[0];
	const cells = (d: string) => Papa.parse<string[]>(line, { delimiter: d, preview: 1 }).data[0]?.length ?? 0;
	return Object.keys(delimiterNames).reduce((best, d) => (cells(d) > cells(best) ? d : best));
}

/**
 * The header and first `rows` rows of a file's head. `truncated` says the bytes stop
 * before the end of the file, so a last row PapaParse reached the end on may be cut short.
 */
export function parseHead(bytes: Uint8Array, dialect: Dialect, truncated: boolean, rows = 8): Preview {
	const { text, encoding } = decodeHead(bytes, dialect.encoding);
	const delimiter = dialect.delimiter || detectDelimiter(text);
	const result = Papa.parse<string[]>(text, { preview: rows + 1, skipEmptyLines: true, delimiter });
	const data = result.data;
	if (truncated && !result.meta.truncated && data.length > 1) data.pop();
	const [header = [], ...body] = data;
	return { headers: uniqueHeaders(header), rows: body, delimiter, encoding };
}

/**
 * When the header is one column, the delimiter is probably wrong: a sentence saying
 * so, naming a delimiter that splits it, if one does. '' when the header looks fine.
 */
export function delimiterHint(preview: Preview): string {
	if (preview.headers.length !== 1) return '';
	const line = preview.headers[0];
	const used = delimiterNames[preview.delimiter] ?? `"${preview.delimiter}"`;
	const better = Object.keys(delimiterNames).find((d) => d !== preview.delimiter && line.includes(d));
	return `The header is one column when split on ${used}: the delimiter is probably wrong${better ? `; try ${delimiterNames[better]}` : ''}.`;
}
