// `onecall export --parquet DIR`: the stored tickets and changes as Parquet by month, and the
// lines saying what was written; `metrics --parquet DIR` then reads that folder read-only.
import { openDb } from '$lib/server/db';
import { exportParquet, ParquetStoreError } from '$lib/server/parquet-store';
import type { CliIo } from './onecall';

const size = (bytes: number): string =>
	bytes < 1024 ? `${bytes} B` : bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

export async function exportCommand(dbPath: string, dir: string | undefined, overwrite: boolean, io: CliIo): Promise<number> {
	if (!dir) throw new ParquetStoreError('export needs --parquet DIR (the folder to write the Parquet files into)');
	const result = await exportParquet(await openDb(dbPath), dir, { overwrite });
	io.out(`exported ${dbPath} to ${result.dir} (schema version ${result.schemaVersion}) in ${result.ms} ms:`);
	for (const t of result.tables) io.out(`  ${t.table}: ${plural(t.rows, 'row')} in ${plural(t.files, 'file')}, ${size(t.bytes)}`);
	const bytes = result.tables.reduce((n, t) => n + t.bytes, 0);
	const files = result.tables.reduce((n, t) => n + t.files, 0);
	io.out(`  total: ${plural(files, 'file')}, ${size(bytes)}`);
	io.out(`read it with: onecall metrics --parquet ${result.dir} --from YYYY-MM-DD --to YYYY-MM-DD`);
	return 0;
}
