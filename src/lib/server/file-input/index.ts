// An import's input as DuckDB gets it: unpacked (gzip, ZIP, XLSX), its encoding decided
// over the whole file and transcoded to a UTF-8 temporary file when it is not UTF-8.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { Encoding } from '$lib/formats/mapping';
import { forEachChunk, locateOffset } from '../csv-text';
import { sniff, type Sniffed } from './sniff';
import { TextScan, type ScanResult } from './text-scan';
import { transcode, type SourceEncoding } from './transcode';
import { gunzip, UnpackError, unzipEntry, xlsxToCsv, zipContents } from './unpack';

/** Why a file cannot be read as CSV text; the importer records it as a refusal. */
export class InputError extends Error {}

export interface Verified {
	/** SHA-256 of the CSV's bytes as given (after unpacking, before transcoding). */
	sha256: string;
	/** The file DuckDB read was replaced by a transcoded one: stage again from csvPath. */
	restage: boolean;
}

const encodingNames: Record<SourceEncoding | 'utf-8', string> = {
	'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252', 'latin-1': 'Latin-1', mixed: 'UTF-8'
};

/**
 * One import's input. `open` settles what DuckDB reads (csvPath); `verify`, run beside
 * DuckDB's read, finishes the whole-file check. On a UTF-8 file that check is the only
 * pass besides DuckDB's (it hashes too); a file found not to be UTF-8 is transcoded then.
 */
export class ImportInput {
	csvPath: string;
	/** What the import should tell about how the bytes were read. */
	readonly notes: string[] = [];
	private dir: string | null = null;
	private scanned: ScanResult | null = null;
	private csv: string;
	private asked: Encoding | undefined;

	constructor(readonly file: string) {
		this.csvPath = this.csv = file;
	}

	async open(asked?: Encoding): Promise<void> {
		this.asked = asked;
		let sniffed = await sniff(this.file);
		if (sniffed.head.length === 0) throw new InputError('the file is empty');
		try {
			if (sniffed.container !== 'text') sniffed = await this.unpack(sniffed);
		} catch (err) {
			throw err instanceof UnpackError ? new InputError((err as Error).message) : err;
		}
		if (sniffed.head.length === 0) throw new InputError('the file is empty once unpacked');
		const decided: SourceEncoding | 'utf-8' | null = asked ?? sniffed.utf16;
		if (decided === 'utf-8') return;
		if (decided) return void (await this.scanAndTranscode(decided));
		if (sniffed.head.includes(0)) {
			const nul = sniffed.head.indexOf(0);
			const { line } = await locateOffset(this.csv, nul, ',');
			throw new InputError(`this is a binary file, not CSV text (a NUL byte on line ${line}, byte ${nul + 1})`);
		}
		// The start is not UTF-8: decide over the whole file before anything reads it.
		if (!startsAsUtf8(sniffed.head)) await this.scanAndTranscode(null);
	}

	/** Finishes the whole-file check (see the class); throws InputError for a NUL byte, naming its line and column. */
	async verify(dialect: { delimiter: string; headers: string[] }): Promise<Verified> {
		let restage = false;
		if (!this.scanned) {
			this.scanned = await scanFile(this.csv, false);
			// An encoding the analyst named is kept, even when the bytes disagree (DuckDB then rejects those rows).
			if (!this.scanned.utf8 && !this.asked) {
				// Rare: read again to tell UTF-8 with stray bytes from Windows-1252 throughout.
				this.scanned = await scanFile(this.csv, true);
				await this.transcodeAs(this.scanned.multibyte ? 'mixed' : 'windows-1252', this.scanned);
				restage = true;
			}
		}
		const nul = this.nulIn();
		if (nul) {
			const { line, field } = await locateOffset(nul.file, nul.offset, dialect.delimiter);
			const column = dialect.headers[field] ?? `column ${field + 1}`;
			throw new InputError(`line ${line}, column ${column}: a NUL byte (binary data, not text); nothing was imported. Is this the export itself, or was it damaged on the way?`);
		}
		return { sha256: this.scanned.sha256, restage };
	}

	/** Removes the temporary files (unpacked, transcoded); the given file stays. */
	async cleanup(): Promise<void> {
		if (this.dir) await rm(this.dir, { recursive: true, force: true });
		this.dir = null;
	}

	private nulOut: number | null = null;
	private nulIn(): { file: string; offset: number } | null {
		// UTF-16 text has NULs in every other byte: only its transcoded form can tell.
		if (this.csvPath !== this.csv) return this.nulOut === null ? null : { file: this.csvPath, offset: this.nulOut };
		return this.scanned?.nulAt == null ? null : { file: this.csv, offset: this.scanned.nulAt };
	}

	private async temp(name: string): Promise<string> {
		this.dir ??= await mkdtemp(join(tmpdir(), 'onecall-input-'));
		return join(this.dir, name);
	}

	private async unpack(sniffed: Sniffed): Promise<Sniffed> {
		const target = await this.temp(`${basename(this.file).replace(/\.(gz|zip|xlsx)$/i, '')}.unpacked.csv`);
		if (sniffed.container === 'gzip') {
			await gunzip(this.file, target);
			this.notes.push('unpacked from gzip');
		} else {
			const contents = await zipContents(this.file);
			if (contents.workbook) {
				const { sheet } = await xlsxToCsv(this.file, target);
				this.notes.push(`read the first sheet of the workbook ("${sheet}")`);
			} else if (contents.csv.length === 1) {
				await unzipEntry(this.file, contents.csv[0], target);
				this.notes.push(`unpacked ${contents.csv[0]} from the ZIP archive`);
			} else if (contents.csv.length === 0) {
				throw new UnpackError(`the ZIP archive holds no CSV file (it holds: ${listed(contents.all) || 'nothing'})`);
			} else {
				throw new UnpackError(`the ZIP archive holds ${contents.csv.length} CSV files (${listed(contents.csv)}); import them one by one`);
			}
		}
		this.csvPath = this.csv = target;
		const inner = await sniff(target);
		if (inner.container !== 'text') throw new UnpackError(`it holds another archive (${inner.container}), not CSV text`);
		return inner;
	}

	private async scanAndTranscode(encoding: SourceEncoding | null): Promise<void> {
		this.scanned = await scanFile(this.csv);
		const chosen = encoding ?? (this.scanned.utf8 ? null : this.scanned.multibyte ? 'mixed' : 'windows-1252');
		if (chosen) await this.transcodeAs(chosen, this.scanned);
	}

	private async transcodeAs(encoding: SourceEncoding, scanned: ScanResult): Promise<void> {
		const target = await this.temp('utf-8.csv');
		this.nulOut = (await transcode(this.csv, target, encoding)).nulAt;
		this.csvPath = target;
		if (encoding === 'mixed') {
			this.notes.push(`${scanned.invalidBytes.toLocaleString('en')} bytes were not valid UTF-8 and were read as Windows-1252 characters (e.g. an en dash pasted from Word)`);
		} else if (!this.asked) {
			this.notes.push(`read as ${encodingNames[encoding]}${encoding === 'windows-1252' ? ' (the file is not UTF-8; Windows and Excel write this encoding)' : ''}`);
		}
	}
}

async function scanFile(file: string, trackMultibyte = true): Promise<ScanResult> {
	const scan = new TextScan(trackMultibyte);
	await forEachChunk(file, (bytes) => scan.update(bytes));
	return scan.result();
}

/** Whether a file's first bytes are UTF-8 (a character cut off at the end of them is fine). */
function startsAsUtf8(head: Buffer): boolean {
	for (let cut = 0; cut <= 3 && cut < head.length; cut++) if (isUtf8(head.subarray(0, head.length - cut))) return true;
	return false;
}

const listed = (names: string[]) => names.slice(0, 10).join(', ') + (names.length > 10 ? `, and ${names.length - 10} more` : '');
