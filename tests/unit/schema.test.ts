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

	it('gives tickets stored before version 8 their stored outcomes when the file opens', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'onecall-schema-')), 'v7.duckdb');
		const v7 = await openDb(path, { schemaUpTo: 7 });
		await withConnection(v7, (c) =>
			c.runSql(`INSERT INTO imports (import_id, kind, file_name, sha256, columns, status, started_at)
			          VALUES (1, 'tickets', 'three.csv', '', ['ticket_id', 'created_at'], 'succeeded', now());
			          INSERT INTO tickets (ticket_id, created_at, resolved_at, first_response_at, closed_at, status, csat_score, csat_scale, import_id) VALUES
			            ('A1', '2026-01-01T10:00:00Z', '2026-01-01T16:30:00Z', '2026-01-01T10:15:00Z', NULL, 'Resolved', 4, '1-5', 1),
			            ('A2', '2026-01-02T10:00:00Z', NULL, NULL, '2026-01-03T10:00:00Z', 'Cancelled', 9, '0-10', 1),
			            ('A3', '2026-01-03T10:00:00Z', NULL, NULL, NULL, 'Open', NULL, NULL, 1);
			          INSERT INTO ticket_versions (ticket_id, created_at, resolved_at, import_id, replaced_by) VALUES ('A3', '2026-01-03T10:00:00Z', '2026-01-04T10:00:00Z', 1, 2)`)
		);
		closeDb(v7);
		const upgraded = await openDb(path);
		const rows = await withConnection(upgraded, (c) => c.allSql(`SELECT ticket_id, is_resolved, resolution_hours, first_response_hours, csat_normalised FROM tickets ORDER BY ticket_id`));
		expect(rows).toEqual([
			{ ticket_id: 'A1', is_resolved: true, resolution_hours: 6.5, first_response_hours: 0.25, csat_normalised: 0.75 },
			{ ticket_id: 'A2', is_resolved: false, resolution_hours: null, first_response_hours: null, csat_normalised: 0.9 },
			{ ticket_id: 'A3', is_resolved: false, resolution_hours: null, first_response_hours: null, csat_normalised: null }
		]);
		const kept = await withConnection(upgraded, (c) => c.allSql('SELECT ticket_id, is_resolved, resolution_hours FROM ticket_versions'));
		expect(kept).toEqual([{ ticket_id: 'A3', is_resolved: true, resolution_hours: 24 }]);
		closeDb(upgraded);
	});

	it('applies nothing to an up-to-date database', async () => {
		const db = await openDb(':memory:');
		const before = await withConnection(db, (c) => c.allSql('SELECT count(*)::INTEGER AS n FROM schema_version'));
		const version = await withConnection(db, (c) => migrate(c));
		expect(version).toEqual({ from: Math.max(...schemaVersions()), to: Math.max(...schemaVersions()) });
		expect(await withConnection(db, (c) => c.allSql('SELECT count(*)::INTEGER AS n FROM schema_version'))).toEqual(before);
		expect(schemaVersions()).toEqual(schemaVersions().map((_, i) => i + 1));
	});
});
