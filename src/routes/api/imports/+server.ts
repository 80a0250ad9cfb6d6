// GET /api/imports: the import history. POST /api/imports?name=FILE&options=JSON: an
// upload (raw CSV body), answered as NDJSON progress lines ending in the result.
import { error, json } from '@sveltejs/kit';
import { serverDb, serverDbPath, uploadsDir, withConnection } from '$lib/server/db';
import { audit } from '$lib/server/audit';
import { ImportError } from '$lib/server/importer';
import { listImports } from '$lib/server/import-history';
import { diskNeeded, freeBytes, uploadLimitBytes } from '$lib/server/limits';
import { recordFailedUpload } from '$lib/server/upload-history';
import { importOptionsFrom, importUpload, receive, UploadError, type UploadEvent } from '$lib/server/upload';
import { mkdir } from 'node:fs/promises';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listImports(await serverDb()));

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

export const POST: RequestHandler = async ({ request, url, locals, getClientAddress }) => {
	const name = url.searchParams.get('name')?.trim();
	if (!name) error(400, 'name (the file name) is required');
	if (name.length > 255) error(400, 'name (the file name) is longer than 255 characters');
	if (!request.body) {
		// SvelteKit reads no body without a Content-Type (a Blob sent with no type).
		const unnamed = Number(request.headers.get('content-length')) > 0 && !request.headers.get('content-type');
		error(400, unnamed ? `${name}: the upload needs a Content-Type header (text/csv)` : `${name}: the file is empty (the upload has no bytes)`);
	}
	let options;
	try {
		options = importOptionsFrom(url.searchParams.get('options'));
	} catch (err) {
		if (err instanceof ImportError) error(400, err.message);
		throw err;
	}
	// Refused before a byte is read: too large, or more than the disk can take.
	const length = request.headers.get('content-length');
	const declared = length === null ? null : Number(length);
	const limit = uploadLimitBytes();
	if (declared !== null && declared > limit) error(413, `${name} is ${mib(declared)}; the upload limit is ${mib(limit)} (ONECALL_UPLOAD_LIMIT)`);
	const root = uploadsDir(serverDbPath());
	await mkdir(root, { recursive: true });
	const free = await freeBytes(root);
	const needed = diskNeeded(declared ?? 0);
	if (free < needed) error(507, `${name}: the disk has ${mib(free)} free and this upload needs about ${mib(needed)}; free some space and try again`);

	const db = await serverDb();
	const user = locals.access.user?.name ?? `web upload from ${getClientAddress()}`;
	const note = { fileName: name, user, kind: options.options.kind ?? '', bytes: declared, startedAt: new Date().toISOString() };
	let upload;
	try {
		upload = await receive(request.body, name, root, { maxBytes: limit, note });
	} catch (err) {
		const reason = err instanceof UploadError ? err : new UploadError(`${name}: ${(err as Error).message}`, 500);
		await withConnection(db, (conn) => recordFailedUpload(conn, note, `${reason.message}; nothing was stored`));
		error(reason.status, reason.message);
	}
	const encoder = new TextEncoder();
	// The import runs to its end even when the uploader goes away (the history shows
	// the outcome); only the progress lines stop.
	let listening = true;
	const stream = new ReadableStream<Uint8Array>({
		start(controller) {
			const send = (e: UploadEvent) => {
				if (e.phase === 'done') void audit(db, locals.access, 'import', { file: name, bytes: upload.bytes, import_id: e.result.importId, status: e.result.status, message: e.result.message });
				if (e.phase === 'error') void audit(db, locals.access, 'import', { file: name, bytes: upload.bytes, status: 'refused', message: e.message });
				if (listening) controller.enqueue(encoder.encode(JSON.stringify(e) + '\n'));
			};
			send({ phase: 'received', bytes: upload.bytes });
			void importUpload(db, upload, name, user, options, send).finally(() => listening && controller.close());
		},
		cancel() {
			listening = false;
		}
	});
	return new Response(stream, { headers: { 'content-type': 'application/x-ndjson', 'cache-control': 'no-store' } });
};
