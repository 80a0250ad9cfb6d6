// Schema versions: a database file made by an older version is upgraded in place,
// keeping its data, and opening an up-to-date database again applies nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDb, migrate, openDb, schemaVersions, withConnection } from '../../src/lib/server/db';

describe('schema upgrade', () => {
	it('upgrades a version-1 database file without losing its tickets', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'onecall-schema-')), 'old.duckdb');
		const v1 = await openDb(path, { schemaUpTo: 1 });
		// Written as a version-1 onecall would have: today's importer needs the newer schema.
		await withConnection(v1, (c) =>
			c.runSql(`INSERT INTO imports (import_id, kind, file_name, sha256, columns, status, started_at)
			          VALUES (1, 'tickets', 'two-tickets.csv', '', ['ticket_id', 'created_at'], 'succeeded', now());
			          INSERT INTO tickets (ticket_id, created_at, import_id) VALUES ('A1', '2026-01-01T10:00:00Z', 1), ('A2', '2026-01-02T10:00:00Z', 1)`)
		);
		const before = await withConnection(v1, (c) => c.allSql("SELECT count(*)::INTEGER AS n FROM settings"));
		expect(before).toEqual([{ n: 0 }]); // version 1 had no default settings yet
		closeDb(v1);

		const upgraded = await openDb(path);
		const state = await withConnection(upgraded, async (c) => ({
			versions: await c.allSql('SELECT version FROM schema_version ORDER BY version'),
			tickets: await c.allSql('SELECT ticket_id FROM tickets ORDER BY ticket_id'),
			window: await c.allSql("SELECT value::VARCHAR AS v FROM settings WHERE key = 'repeat_window_days'")
		}));
		expect(state.versions).toEqual(schemaVersions().map((version) => ({ version })));
		expect(state.tickets).toEqual([{ ticket_id: 'A1' }, { ticket_id: 'A2' }]);
		expect(state.window).toEqual([{ v: '7' }]);
		closeDb(upgraded);
	});

	it('applies nothing to an up-to-date database', async () => {
		const db = await openDb(':memory:');
		const before = await withConnection(db, (c) => c.allSql('SELECT count(*)::INTEGER AS n FROM schema_version'));
		const version = await withConnection(db, (c) => migrate(c));
		expect(version).toBe(Math.max(...schemaVersions()));
		expect(await withConnection(db, (c) => c.allSql('SELECT count(*)::INTEGER AS n FROM schema_version'))).toEqual(before);
		expect(schemaVersions()).toEqual(schemaVersions().map((_, i) => i + 1));
	});
});
