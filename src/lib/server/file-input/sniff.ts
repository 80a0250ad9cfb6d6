// What a file's first bytes say it is, whatever its name: gzip, ZIP (an XLSX workbook is
// one), UTF-16 text (by its byte-order mark or its NUL pattern) or 8-bit text.
import { open } from 'node:fs/promises';
import { containerOf, utf16Of } from '$lib/formats/file-head';

export type Container = 'gzip' | 'zip' | 'text';

export interface Sniffed {
	container: Container;
	/** UTF-16 by a byte-order mark or by every other byte being NUL; null: 8-bit text. */
	utf16: 'utf-16le' | 'utf-16be' | null;
	/** The first bytes (at most 64 KiB). */
	head: Buffer;
}

export const headBytes = 64 * 1024;

export async function sniff(file: string): Promise<Sniffed> {
	const handle = await open(file, 'r');
	let head: Buffer;
	try {
		const buffer = Buffer.alloc(headBytes);
		const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
		head = buffer.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
	const container = containerOf(head);
	return { container, utf16: container === 'text' ? utf16Of(head) : null, head };
}
