// Test helpers: a fresh in-memory DuckDB with the real schema and macros (empty, or with the
// bundled sample), and the fixture folder. TZ is pinned to UTC by vite.config.ts and the schema.
import { fileURLToPath } from 'node:url';
import { openDb, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';

export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export const sharedData = (name: string): string =>
	fileURLToPath(new URL(`../../../shared/data/${name}`, import.meta.url));

export function memoryDb(): Promise<Db> {
	return openDb(':memory:');
}

/** A fresh in-memory database holding the bundled sample (data/sample: tickets, then changes). */
export async function sampleDb(): Promise<Db> {
	const db = await memoryDb();
	await importFile(db, fixture('../../data/sample/tickets.csv'));
	await importFile(db, fixture('../../data/sample/changes.csv'), { kind: 'changes' });
	return db;
}
