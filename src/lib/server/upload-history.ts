// The history line of an upload while its body arrives: written before the first byte is
// read, so a kill or a dropped connection still leaves 'failed' with the reason.
import { withConnection, type Db } from './db';

export interface ReceivingUpload {
	importId: number;
	/** The body arrived whole; the import writes its own line from here. */
	received(): Promise<void>;
	/** The body did not arrive whole; the line says why. */
	failed(message: string): Promise<void>;
}

export async function startReceiving(db: Db, fileName: string, user: string, kind: string | undefined, bytes: number | null): Promise<ReceivingUpload> {
	const [{ import_id: importId }] = await withConnection(db, (conn) =>
		conn.all<{ import_id: number }>('import/upload_receiving', { kind: kind ?? '', file_name: fileName, user_name: user, file_bytes: bytes })
	);
	return {
		importId,
		received: () => withConnection(db, (conn) => conn.run('import/upload_received', { import_id: importId })),
		failed: (message) => withConnection(db, (conn) => conn.run('import/upload_failed', { import_id: importId, message }))
	};
}
