// How much a request may ask of the server: the upload size cap, the body cap of every
// other request, how long an upload may stall, and the free disk an upload needs.
import { statfs } from 'node:fs/promises';

const units: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3, t: 1024 ** 4, tb: 1024 ** 4, tib: 1024 ** 4 };

/** "2GiB", "512M", "1048576" -> bytes (binary units: a limit is about disk and memory). */
export function parseBytes(text: string, name: string): number {
	const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
	const unit = m ? units[m[2].toLowerCase()] : undefined;
	if (!m || unit === undefined) throw new Error(`${name} must be a size such as 2GiB, 500MB or 1048576, got "${text}"`);
	return Math.floor(Number(m[1]) * unit);
}

const fromEnv = (name: string, fallback: number): number => {
	const raw = process.env[name];
	return raw ? parseBytes(raw, name) : fallback;
};

/** Largest upload accepted (ONECALL_UPLOAD_LIMIT, default 2 GiB). */
export const uploadLimitBytes = (): number => fromEnv('ONECALL_UPLOAD_LIMIT', 2 * 1024 ** 3);

/** Largest body of any other request: settings and mapping forms, JSON (ONECALL_BODY_LIMIT, default 1 MiB). */
export const bodyLimitBytes = (): number => fromEnv('ONECALL_BODY_LIMIT', 1024 ** 2);

/** The one route whose body is a file: it streams to disk under its own cap. */
export const isUploadRequest = (method: string, pathname: string): boolean => method === 'POST' && pathname === '/api/imports';

/**
 * An upload is aborted when a window of this many seconds (ONECALL_UPLOAD_STALL_SECONDS,
 * default 60) brings less than `uploadMinBytesPerWindow`: a stalled or trickling body
 * (one byte a second) would otherwise hold its connection and temp file for ever.
 */
export function uploadStallSeconds(): number {
	const raw = process.env.ONECALL_UPLOAD_STALL_SECONDS;
	const n = raw ? Number(raw) : 60;
	if (!(n > 0)) throw new Error(`ONECALL_UPLOAD_STALL_SECONDS must be a positive number of seconds, got "${raw}"`);
	return n;
}
export const uploadMinBytesPerWindow = 64 * 1024;

/**
 * Free bytes an upload of `bytes` needs where it lands: the file itself, about as much again
 * for DuckDB's copy and spill files while importing, and a reserve that keeps the disk usable.
 */
export const diskNeeded = (bytes: number): number => 2 * bytes + 256 * 1024 ** 2;

export async function freeBytes(path: string): Promise<number> {
	const s = await statfs(path);
	return s.bavail * s.bsize;
}
