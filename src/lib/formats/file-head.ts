// What the start of a file says, shared by the server's reader and the browser's preview:
// a container by magic bytes, UTF-16 by byte-order mark or NUL pattern, the header's names.
import type { Encoding } from './mapping';

/** gzip, ZIP (XLSX workbooks are ZIP archives) or plain text, by the first bytes. */
export function containerOf(head: Uint8Array): 'gzip' | 'zip' | 'text' {
	if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
	if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5)) return 'zip';
	return 'text';
}

/** UTF-16 LE/BE by a byte-order mark, or by every other byte being NUL (ASCII-heavy CSV text); else null. */
export function utf16Of(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
	const pairs = Math.min(head.length >> 1, 2048);
	if (pairs < 2) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < pairs; i++) {
		if (head[2 * i] === 0) evenNul++;
		if (head[2 * i + 1] === 0) oddNul++;
	}
	if (oddNul > pairs * 0.6 && evenNul < pairs * 0.1) return 'utf-16le';
	if (evenNul > pairs * 0.6 && oddNul < pairs * 0.1) return 'utf-16be';
	return null;
}

/**
 * The encoding a file's head reads as: UTF-16 as above, else UTF-8 when valid (a
 * character cut off at the end is fine), else Windows-1252, which Windows and Excel write.
 */
export function headEncoding(head: Uint8Array): Encoding {
	const utf16 = utf16Of(head);
	if (utf16) return utf16;
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
		return 'utf-8';
	} catch {
		return 'windows-1252';
	}
}

/** The WHATWG decoder label of an encoding (the browser's and Node's TextDecoder). */
export const decoderLabel = (e: Encoding): string => (e === 'latin-1' ? 'iso-8859-1' : e);

/**
 * Header names as the staging table needs them: trimmed, blanks numbered, and names
 * that repeat (compared without case, as DuckDB compares column names) suffixed.
 */
export function uniqueHeaders(cells: string[]): string[] {
	const taken = new Set<string>();
	return cells.map((raw, i) => {
		const base = raw.trim() || `column_${i + 1}`;
		let name = base;
		for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
		taken.add(name.toLowerCase());
		return name;
	});
}
