// Browser side of an upload: the preview of the first rows (read from the start of
// the file only), and the XHR upload whose progress events drive the bars.
import type { ImportResult } from '$lib/server/importer';
import { HEAD_BYTES, parseHead, type Dialect, type Preview } from './preview-parse';

export type { Preview } from './preview-parse';

/**
 * The header and first rows under a delimiter and encoding ('' = detect). Only the
 * first HEAD_BYTES are read: files run to gigabytes, and the preview is re-made each
 * time the analyst changes the delimiter or encoding.
 */
export async function preview(file: File, dialect: Dialect = { delimiter: '', encoding: '' }, rows = 8): Promise<Preview> {
	const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
	return parseHead(head, dialect, file.size > HEAD_BYTES, rows);
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
