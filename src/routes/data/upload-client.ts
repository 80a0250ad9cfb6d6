// Browser side of an upload: the preview of the first rows (read from the start of
// the file only), and the XHR upload whose progress events drive the bars.
import type { ImportResult } from '$lib/server/importer';
import { containerOf } from '$lib/formats/file-head';
import { HEAD_BYTES, parseHead, type Dialect, type Preview } from './preview-parse';

export type { Preview } from './preview-parse';

/**
 * The header and first rows under a delimiter and encoding ('' = detect). Only the
 * first HEAD_BYTES are read: files run to gigabytes, and the preview is re-made each
 * time the analyst changes the delimiter or encoding.
 */
export async function preview(file: File, dialect: Dialect = { delimiter: '', encoding: '' }, rows = 8): Promise<Preview> {
	const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
	const container = containerOf(head);
	// ZIP and XLSX need their directory at the end of the file: the server reads them.
	if (container === 'zip') return { headers: [], rows: [], delimiter: ',', encoding: 'utf-8', packed: true };
	if (container === 'gzip') {
		const { bytes, whole } = await gunzippedHead(file);
		return parseHead(bytes, dialect, !whole, rows);
	}
	return parseHead(head, dialect, file.size > HEAD_BYTES, rows);
}

/** The first HEAD_BYTES of a gzip file's content, unpacked as the browser reads it. */
async function gunzippedHead(file: File): Promise<{ bytes: Uint8Array; whole: boolean }> {
	const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
	const parts: Uint8Array[] = [];
	let size = 0;
	let whole = false;
	while (size < HEAD_BYTES) {
		const { done, value } = await reader.read();
		if (done) (whole = true);
		if (done) break;
		parts.push(value);
		size += value.length;
	}
	await reader.cancel();
	const bytes = new Uint8Array(Math.min(size, HEAD_BYTES));
	let at = 0;
	for (const p of parts) {
		const take = p.subarray(0, bytes.length - at);
		bytes.set(take, at);
		at += take.length;
	}
	return { bytes, whole: whole && size <= HEAD_BYTES };
}

export interface UploadCallbacks {
	onUpload: (percent: number) => void;
	onLoading: (percent: number) => void;
}

/**
 * Sends the file as the raw request body (the browser streams it from disk) and
 * reads the NDJSON answer as it arrives: loading progress, then the result.
 */
export function upload(file: File, options: object, cb: UploadCallbacks): Promise<ImportResult> {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		const query = new URLSearchParams({ name: file.name, options: JSON.stringify(options) });
		xhr.open('POST', `/api/imports?${query}`);
		xhr.setRequestHeader('content-type', 'text/csv');
		let seen = 0;
		let settled = false;
		const consume = () => {
			const text = xhr.responseText;
			const end = text.lastIndexOf('\n');
			if (end < seen) return;
			for (const line of text.slice(seen, end).split('\n')) {
				if (!line.trim()) continue;
				const event = JSON.parse(line);
				if (event.phase === 'loading') cb.onLoading(event.percent);
				else if (event.phase === 'done') (settled = true), resolve(event.result);
				else if (event.phase === 'error') (settled = true), reject(new Error(event.message));
			}
			seen = end + 1;
		};
		xhr.upload.onprogress = (e) => e.lengthComputable && cb.onUpload((100 * e.loaded) / e.total);
		xhr.upload.onload = () => cb.onUpload(100);
		xhr.onprogress = () => xhr.status === 200 && consume();
		xhr.onload = () => {
			if (xhr.status !== 200) {
				let message = xhr.responseText;
				try {
					message = JSON.parse(xhr.responseText).message ?? message;
				} catch {
					/* a plain-text error */
				}
				return reject(new Error(`the server refused the upload (${xhr.status}): ${message}`));
			}
			consume();
			if (!settled) reject(new Error('the server ended the answer without a result'));
		};
		xhr.onerror = () => reject(new Error('the upload failed: the connection was lost'));
		xhr.send(file);
	});
}
