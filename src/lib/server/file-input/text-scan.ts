// The one streaming pass over a CSV's bytes: its SHA-256, whether it is UTF-8 all the
// way through, and where the first NUL byte is; plus the decoder for mostly-UTF-8 files.
import { createHash, type Hash } from 'node:crypto';
import { isAscii, isUtf8 } from 'node:buffer';

export interface ScanResult {
	sha256: string;
	bytes: number;
	/** Every byte sequence is valid UTF-8. */
	utf8: boolean;
	/** Valid multi-byte UTF-8 sequences were seen (a file can be UTF-8 with a few stray bytes). */
	multibyte: boolean;
	/** Bytes that are not part of a valid UTF-8 sequence. */
	invalidBytes: number;
	/** Offset of the first NUL byte, or null. */
	nulAt: number | null;
}

/**
 * Feeds chunk after chunk; the UTF-8 check is Node's native one (simdutf), so the
 * common UTF-8 file costs next to nothing beyond the hash. Only a chunk that fails it
 * is walked byte by byte to count what is wrong. `multibyte` is tracked only when asked
 * (it costs a pass of its own): the fast pass needs to know whether the file is UTF-8, no more.
 */
export class TextScan {
	constructor(private readonly trackMultibyte = true) {}

	private hash: Hash = createHash('sha256');
	private bytes = 0;
	private carry: Buffer = Buffer.alloc(0);
	private invalid = 0;
	private multibyte = false;
	private nulAt: number | null = null;

	update(chunk: Buffer): void {
		this.hash.update(chunk);
		if (this.nulAt === null) {
			const nul = chunk.indexOf(0);
			if (nul >= 0) this.nulAt = this.bytes + nul;
		}
		this.bytes += chunk.length;
		let bytes = chunk;
		if (this.carry.length) {
			// The sequence cut at the previous chunk's end, completed from this one.
			const need = Math.min(chunk.length, sequenceLength(this.carry[0]) - this.carry.length);
			this.check(Buffer.concat([this.carry, chunk.subarray(0, need)]));
			bytes = chunk.subarray(need);
		}
		const cut = incompleteTail(bytes);
		this.carry = Buffer.from(bytes.subarray(cut));
		this.check(bytes.subarray(0, cut));
	}

	private check(bytes: Buffer): void {
		if (isUtf8(bytes)) {
			if (this.trackMultibyte && !this.multibyte && !isAscii(bytes)) this.multibyte = true;
			return;
		}
		const counted = countUtf8(bytes);
		this.invalid += counted.invalid;
		if (counted.multibyte) this.multibyte = true;
	}

	result(): ScanResult {
		// A sequence still open at the end of the file is not UTF-8.
		this.invalid += this.carry.length;
		this.carry = Buffer.alloc(0);
		return {
			sha256: this.hash.digest('hex'), bytes: this.bytes, utf8: this.invalid === 0,
			multibyte: this.multibyte, invalidBytes: this.invalid, nulAt: this.nulAt
		};
	}
}

/** How many bytes a sequence starting with `lead` has (1 for a byte that cannot start one). */
function sequenceLength(lead: number): number {
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	if (lead >= 0xe0) return lead <= 0xef ? 3 : 1;
	if (lead >= 0xc2) return 2;
	return 1;
}

/** Where an unfinished multi-byte sequence at the end of `bytes` starts (bytes.length if none). */
function incompleteTail(bytes: Buffer): number {
	for (let back = 1; back <= 3 && back <= bytes.length; back++) {
		const b = bytes[bytes.length - back];
		if (b < 0x80) return bytes.length;
		if (b >= 0xc0) return sequenceLength(b) > back ? bytes.length - back : bytes.length;
	}
	return bytes.length;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the byte there does not start one. */
function validSequenceAt(bytes: Uint8Array, i: number): number {
	const lead = bytes[i];
	if (lead < 0x80) return 1;
	const n = sequenceLength(lead);
	if (n === 1 || i + n > bytes.length) return 0;
	const second = bytes[i + 1];
	// The lead byte narrows the second one (no overlong forms, no surrogates, nothing past U+10FFFF).
	const [lo, hi] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
	if (second < lo || second > hi) return 0;
	for (let k = 2; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
	return n;
}

function countUtf8(bytes: Uint8Array): { invalid: number; multibyte: boolean } {
	let invalid = 0;
	let multibyte = false;
	for (let i = 0; i < bytes.length; ) {
		const n = validSequenceAt(bytes, i);
		if (n === 0) (invalid++, i++);
		else (multibyte ||= n > 1, (i += n));
	}
	return { invalid, multibyte };
}

// Always with stream: true: Node 20's one-shot windows-1252 decode returns "" for bytes from 0x80 up.
const cp1252 = new TextDecoder('windows-1252');

/**
 * Decodes a mostly-UTF-8 chunk: valid sequences as UTF-8, each stray byte as the
 * Windows-1252 character it most likely was (an en dash pasted from Word, say), so one
 * odd byte never costs a ticket. `final` false keeps a cut sequence for the next chunk.
 */
export function decodeMixed(bytes: Uint8Array, final: boolean): { text: string; rest: Uint8Array } {
	let text = '';
	let runStart = 0;
	const utf8 = new TextDecoder('utf-8');
	let i = 0;
	while (i < bytes.length) {
		const n = validSequenceAt(bytes, i);
		if (n > 0) {
			i += n;
			continue;
		}
		if (!final && bytes.length - i < 4 && sequenceLength(bytes[i]) > bytes.length - i) break;
		text += utf8.decode(bytes.subarray(runStart, i)) + cp1252.decode(bytes.subarray(i, i + 1), { stream: true });
		runStart = ++i;
	}
	text += utf8.decode(bytes.subarray(runStart, i));
	return { text, rest: bytes.subarray(i) };
}
