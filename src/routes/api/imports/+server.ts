// GET /api/imports: the import history. POST /api/imports?name=FILE&options=JSON: an
// upload (raw CSV body), answered as NDJSON progress lines ending in the result.
import { error, json } from '@sveltejs/kit';
import { serverDb } from '$lib/server/db';
import { audit } from '$lib/server/audit';
import { ImportError } from '$lib/server/importer';
import { listImports } from '$lib/server/import-history';
import { importOptionsFrom, importUpload, receive, type UploadEvent } from '$lib/server/upload';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async () => json(await listImports(await serverDb()));

export const POST: RequestHandler = async ({ request, url, locals, getClientAddress }) => {
	const name = url.searchParams.get('name')?.trim();
	if (!name) error(400, 'name (the file name) is required');
	if (!request.body) error(400, `${name}: the file is empty (the upload has no bytes)`);
	let options;
	try {
		options = importOptionsFrom(url.searchParams.get('options'));
	} catch (err) {
		if (err instanceof ImportError) error(400, err.message);
		throw err;
	}
	const db = await serverDb();
	const upload = await receive(request.body, name);
	const user = request.headers.get('x-onecall-user')?.slice(0, 100) || `web upload from ${getClientAddress()}`;
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
