// Rewrites a text file as UTF-8, streaming, for DuckDB (which reads UTF-8 only, here:
// its encodings extension cannot be installed offline). Line ends stay where they were,
// so line numbers in the rejections are the original file's.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { decodeMixed } from './text-scan';

/** How the bytes are read: one of the encodings, or 'mixed' = UTF-8 with stray bytes as Windows-1252. */
export type SourceEncoding = 'utf-16le' | 'utf-16be' | 'windows-1252' | 'latin-1' | 'mixed';

/** Writes `source` decoded as `encoding` to `target` in UTF-8; returns the offset of the first NUL written, if any. */
export async function transcode(source: string, target: string, encoding: SourceEncoding): Promise<{ nulAt: number | null }> {
	const out = createWriteStream(target);
	// Latin-1 as browsers read it (WHATWG gives the label Windows-1252's table): bytes 0x80-0x9F
	// are C1 controls in ISO-8859-1 proper, never meant in an export, and the en dash a file means.
	const decoder = encoding === 'mixed' ? null : new TextDecoder(encoding === 'latin-1' ? 'windows-1252' : encoding);
	let rest: Uint8Array = new Uint8Array(0);
	let written = 0;
	let nulAt: number | null = null;
	const write = async (text: string) => {
		if (!text) return;
		const bytes = Buffer.from(text, 'utf8');
		if (nulAt === null) {
			const nul = bytes.indexOf(0);
			if (nul >= 0) nulAt = written + nul;
		}
		written += bytes.length;
		if (!out.write(bytes)) await once(out, 'drain');
	};
	const decode = (chunk: Uint8Array, final: boolean): string => {
		// The last call only flushes (an odd UTF-16 byte): Node 20's one-shot windows-1252 decode loses bytes from 0x80 up.
		if (decoder) return final ? decoder.decode() : decoder.decode(chunk, { stream: true });
		const joined = rest.length ? Buffer.concat([rest, chunk]) : chunk;
		const decoded = decodeMixed(joined, final);
		rest = decoded.rest;
		return decoded.text;
	};
	try {
		let first = true;
		for await (const chunk of createReadStream(source, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
			let text = decode(chunk, false);
			// A UTF-8 byte-order mark would become the first header's first character.
			if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
			first = false;
			await write(text);
		}
		await write(decode(new Uint8Array(0), true));
		out.end();
		await once(out, 'close');
	} catch (err) {
		out.destroy();
		throw err;
	}
	return { nulAt };
}
