// Test helpers: a fresh in-memory DuckDB with the real schema and macros, and the
// fixture folder. TZ is pinned to UTC by vite.config.ts and by the schema default.
import { fileURLToPath } from 'node:url';
import { openDb, type Db } from '../../src/lib/server/db';

export const fixture = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export const sharedData = (name: string): string =>
	fileURLToPath(new URL(`../../../shared/data/${name}`, import.meta.url));

export function memoryDb(): Promise<Db> {
	return openDb(':memory:');
}
