// Uploads for POST /api/imports: the request body streamed to a temporary file with
// backpressure (never held whole in memory), then imported with progress as NDJSON lines.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { parseMapping } from '$lib/formats/mapping';
import type { Db } from './db';
import { importFile, ImportError, type ImportOptions, type ImportResult } from './importer';
import { parseDelimiter, parseEncoding } from './csv-text';
import { saveMapping } from './import-history';
import { uploadLimitBytes, uploadMinBytesPerWindow, uploadStallSeconds } from './limits';
import { writeUploadNote, type UploadNote } from './upload-history';

// DuckDB's memory cap and threads while an upload is imported (it spills to disk
// beyond the cap). With them a 1.1 GB file of 3.8M tickets loads while the dashboards
// keep answering, and the server grows by under 300 MiB (npm run bench); with two
// threads at this cap, dashboard queries during the import ran out of memory.
// ONECALL_IMPORT_MEMORY_LIMIT overrides the cap.
const defaultUploadMemoryLimit = '128MB';
const uploadThreads = 1;

/** What the upload form sends as the `options` query parameter (JSON). */
export interface UploadOptions {
	kind?: 'tickets' | 'changes';
	format?: string;
	mapping?: unknown;
	/** Also save `mapping` under its name for later imports. */
	saveMapping?: boolean;
	nullTokens?: string[];
	dateFormats?: string[];
	timezone?: string;
	delimiter?: string;
	encoding?: string;
	csatScale?: string;
	resolvedValues?: string[];
}

export type UploadEvent =
	| { phase: 'received'; bytes: number }
	| { phase: 'loading'; percent: number }
	| { phase: 'done'; result: ImportResult }
	| { phase: 'error'; message: string };

/** Checks the form's options; throws ImportError with the reason. */
export function importOptionsFrom(raw: string | null): { options: ImportOptions; save: boolean } {
	let o: UploadOptions = {};
	try {
		o = raw ? (JSON.parse(raw) as UploadOptions) : {};
	} catch {
		throw new ImportError('options must be JSON');
	}
	const strings = (v: unknown, what: string) => {
		if (v === undefined) return undefined;
		if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new ImportError(`${what} must be a list of strings`);
		return (v as string[]).filter((x) => x !== '' || what === 'nullTokens');
	};
	const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
	let mapping;
	try {
		mapping = o.mapping === undefined || o.mapping === null ? undefined : parseMapping(o.mapping);
	} catch (err) {
		throw new ImportError(`mapping: ${(err as Error).message}`);
	}
	let delimiter;
	try {
		delimiter = text(o.delimiter) ? parseDelimiter(text(o.delimiter)!) : undefined;
	} catch (err) {
		throw new ImportError((err as Error).message);
	}
	if (o.kind !== undefined && o.kind !== 'tickets' && o.kind !== 'changes') throw new ImportError('kind must be tickets or changes');
	let encoding;
	try {
		encoding = text(o.encoding) ? parseEncoding(text(o.encoding)!) : undefined;
	} catch (err) {
		throw new ImportError((err as Error).message);
	}
	const options: ImportOptions = {
		kind: o.kind, format: text(o.format), mapping, nullTokens: strings(o.nullTokens, 'nullTokens'),
		dateFormats: strings(o.dateFormats, 'dateFormats'), timezone: text(o.timezone), delimiter, encoding,
		csatScale: text(o.csatScale), resolvedValues: strings(o.resolvedValues, 'resolvedValues')
	};
	return { options, save: Boolean(o.saveMapping && mapping) };
}

/** Why an upload's body was not received whole, with the HTTP status that says so. */
export class UploadError extends Error {
	constructor(message: string, readonly status: number) {
		super(message);
	}
}

/** A file name safe on disk that keeps its extension; never "..", "." or a path. */
export const diskFileName = (name: string): string =>
	basename(name).replace(/[^\w.\- ]+/g, '_').replace(/^[.\s]+/, '') || 'upload.csv';

export interface ReceiveLimits {
	maxBytes: number;
	stallSeconds: number;
	/** Kept in the folder while the body arrives, so a kill meanwhile is recorded at the next start. */
	note?: UploadNote;
}

/**
 * Writes a request body to a new folder under `root`; the caller removes the folder. The
 * body is cut off (UploadError, nothing kept) past `maxBytes` or when a stall window brings
 * almost nothing, so neither a huge nor a trickling upload can hold the server.
 */
export async function receive(
	body: ReadableStream<Uint8Array>, fileName: string, root = tmpdir(),
	given: Partial<ReceiveLimits> = {}
): Promise<{ path: string; dir: string; bytes: number }> {
	const limits: ReceiveLimits = { maxBytes: given.maxBytes ?? uploadLimitBytes(), stallSeconds: given.stallSeconds ?? uploadStallSeconds() };
	await mkdir(root, { recursive: true });
	const dir = await mkdtemp(join(root, 'upload-'));
	if (given.note) writeUploadNote(dir, given.note);
	const path = join(dir, diskFileName(fileName));
	let bytes = 0;
	let windowBytes = 0;
	let cutOff: UploadError | null = null;
	const counter = new Transform({
		transform(chunk: Buffer, _encoding, done) {
			bytes += chunk.length;
			windowBytes += chunk.length;
			if (bytes <= limits.maxBytes) return done(null, chunk);
			done((cutOff = new UploadError(`${fileName} is larger than the upload limit of ${limits.maxBytes} bytes (ONECALL_UPLOAD_LIMIT)`, 413)));
		}
	});
	const watchdog = setInterval(() => {
		if (windowBytes < uploadMinBytesPerWindow) {
			cutOff = new UploadError(`${fileName}: the upload stalled (${windowBytes} bytes in the last ${limits.stallSeconds} s, ${bytes} in all), so it was stopped`, 408);
			counter.destroy(cutOff);
		}
		windowBytes = 0;
	}, limits.stallSeconds * 1000);
	watchdog.unref();
	try {
		// pipeline waits for the file to drain before pulling more from the socket.
		await pipeline(Readable.fromWeb(body as WebReadableStream<Uint8Array>), counter, createWriteStream(path));
	} catch (err) {
		await rm(dir, { recursive: true, force: true });
		// adapter-node's own cap (BODY_SIZE_LIMIT) may cut the body first: the same refusal.
		if (!cutOff && (err as { status?: number }).status === 413) cutOff = new UploadError(`${fileName} is larger than the upload limit of ${limits.maxBytes} bytes (ONECALL_UPLOAD_LIMIT)`, 413);
		throw cutOff ?? new UploadError(`${fileName}: the upload was interrupted after ${bytes} bytes (${(err as Error).message})`, 400);
	} finally {
		clearInterval(watchdog);
	}
	return { path, dir, bytes: (await stat(path)).size };
}

/**
 * Imports an uploaded file, reporting through `send`; the temporary file goes
 * afterwards whatever happens (the data is in the database, or refused).
 */
export async function importUpload(
	db: Db, upload: { path: string; dir: string }, name: string, user: string, raw: { options: ImportOptions; save: boolean },
	send: (e: UploadEvent) => void
): Promise<void> {
	try {
		if (raw.save && raw.options.mapping) await saveMapping(db, raw.options.mapping);
		const result = await importFile(db, upload.path, {
			...raw.options, displayName: name, user, memoryLimit: process.env.ONECALL_IMPORT_MEMORY_LIMIT || defaultUploadMemoryLimit, threads: uploadThreads, onProgress: (percent) => send({ phase: 'loading', percent: Math.round(percent) })
		});
		send({ phase: 'done', result });
	} catch (err) {
		if (!(err instanceof ImportError)) console.error(err);
		send({ phase: 'error', message: err instanceof ImportError ? err.message : `${name}: ${(err as Error).message}` });
	} finally {
		await rm(upload.dir, { recursive: true, force: true });
	}
}
