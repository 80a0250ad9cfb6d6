// The history line of an upload whose body never arrived whole. Each upload's folder holds a
// note (name, user, start) from its first byte, so a kill mid-upload is recorded at the next start.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Conn } from './db';

/** What an upload's folder says about it, written before its body is read. */
export interface UploadNote {
	fileName: string;
	user: string;
	kind: string;
	/** The Content-Length, when the sender gave one. */
	bytes: number | null;
	startedAt: string;
}

const noteFile = 'upload.json';

export function writeUploadNote(dir: string, note: UploadNote): void {
	writeFileSync(join(dir, noteFile), JSON.stringify(note));
}

export function recordFailedUpload(conn: Conn, note: UploadNote, message: string): Promise<void> {
	return conn.run('import/upload_failed', {
		kind: note.kind, file_name: note.fileName, user_name: note.user, file_bytes: note.bytes, started_at: note.startedAt, message
	});
}

/** Records every upload a killed process left half-received under `root`; the caller then clears the folder. */
export async function recordInterruptedUploads(conn: Conn, root: string): Promise<number> {
	let dirs: string[];
	try {
		dirs = readdirSync(root);
	} catch {
		return 0;
	}
	let recorded = 0;
	for (const dir of dirs) {
		let note: UploadNote;
		try {
			note = JSON.parse(readFileSync(join(root, dir, noteFile), 'utf8')) as UploadNote;
		} catch {
			continue;
		}
		await recordFailedUpload(conn, note, `interrupted: the server stopped while ${note.fileName} was being uploaded; nothing of it was stored`);
		recorded++;
	}
	return recorded;
}
