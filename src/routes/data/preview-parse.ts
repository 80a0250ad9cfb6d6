// The upload preview as pure logic: the first bytes of a file decoded and parsed
// under the delimiter and encoding the analyst chose (or detected, as the server does).
import Papa from 'papaparse';
import type { Encoding } from '$lib/formats/mapping';

export interface Preview {
	headers: string[];
	rows: string[][];
	/** The delimiter the rows were split on (the chosen one, or the detected one). */
	delimiter: string;
	/** The encoding the bytes were decoded with (the chosen one, or the detected one). */
	encoding: Encoding;
}

/** What the mapping screen says about the file; '' = detect. */
export interface Dialect {
	delimiter: string;
	encoding: '' | Encoding;
}

/** Bytes read from the start of the file: enough for the preview rows, never the whole file. */
export const HEAD_BYTES = 64 * 1024;

/** The delimiters the mapping screen offers, in the order the server tries them. */
export const delimiterNames: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/**
 * Decodes the head of a file. Detection follows the server's header reader: UTF-8
 * unless the bytes are not valid UTF-8, then Latin-1. `stream` keeps a character
 * cut off at the end of the slice from failing detection or leaving a U+FFFD.
 */
export function decodeHead(bytes: Uint8Array, encoding: '' | Encoding): { text: string; encoding: Encoding } {
	let chosen: Encoding = encoding || 'utf-8';
	if (!encoding) {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
		} catch {
			chosen = 'latin-1';
		}
	}
	const text = new TextDecoder(chosen === 'latin-1' ? 'iso-8859-1' : 'utf-8').decode(bytes, { stream: true });
	return { text: text.replace(/^\uFEFF/, ''), encoding: chosen };
}

/** The candidate splitting the first line into most cells (the first on a tie), as the server picks it. */
function detectDelimiter(text: string): string {
	const line = text.split(/\r?\n/, 1)[0];
	const cells = (d: string) => Papa.parse<string[]>(line, { delimiter: d, preview: 1 }).data[0]?.length ?? 0;
	return Object.keys(delimiterNames).reduce((best, d) => (cells(d) > cells(best) ? d : best));
}

/**
 * Header names as the server's header reader makes them (trimmed, blanks numbered,
 * repeats suffixed), so a column picked here is the column the import finds.
 */
function headerNames(raw: string[]): string[] {
	const seen = new Map<string, number>();
	return raw.map((cell, i) => {
		const name = cell.trim() || `column_${i + 1}`;
		const count = (seen.get(name) ?? 0) + 1;
		seen.set(name, count);
		return count === 1 ? name : `${name}_${count}`;
	});
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
	return { headers: headerNames(header), rows: body, delimiter, encoding };
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
