// GET /api/insights and `onecall insights` give the same JSON, within what the asker may see:
// an account manager's drivers name only their clients, another client by name is 403.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../src/lib/server/access/scope';
import { localAccess } from '../../src/lib/server/access/scope';
import { openDb } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { runCli } from '../../src/cli/onecall';
import { GET } from '../../src/routes/api/insights/+server';
import { routePolicy } from '../../src/lib/server/access/policy';
import { fixture } from '../helpers/db';

let dbPath: string;
beforeAll(async () => {
	dbPath = join(mkdtempSync(join(tmpdir(), 'onecall-insights-')), 'insights.duckdb');
	process.env.ONECALL_DB = dbPath;
	const db = await openDb(dbPath);
	await importFile(db, fixture('insights-drivers.csv'));
	await importFile(db, fixture('insights-impact-tickets.csv'));
	await importFile(db, fixture('insights-impact-changes.csv'), { kind: 'changes' });
});

async function call(query: string, access: Access = localAccess) {
	try {
		const res = await (GET as (e: never) => Promise<Response>)({ url: new URL(`http://localhost/api/insights?${query}`), params: {}, locals: { access } } as never);
		return { status: res.status, body: await res.json() };
	} catch (err) {
		const e = err as { status?: number };
		if (typeof e.status !== 'number') throw err;
		return { status: e.status, body: null };
	}
}

describe('GET /api/insights', () => {
	it('answers the same JSON as onecall insights', async () => {
		const api = await call('from=2026-01-01&to=2026-04-01');
		expect(api.status).toBe(200);
		const out: string[] = [];
		const code = await runCli(['insights', '--from', '2026-01-01', '--to', '2026-04-01', '--db', dbPath], { out: (l) => out.push(l), err: () => {} });
		expect(code).toBe(0);
		expect(JSON.parse(out.join('\n'))).toEqual(api.body);
		expect(Object.keys(api.body.drivers)).toEqual(['fcr', 'csat', 'sla', 'repeat_contacts', 'change_caused', 'reopen_rate', 'reassignment_rate', 'volume']);
		expect(api.body.change_impact.changes.find((c: { change_id: string }) => c.change_id === 'CHG-A').probable).toBe(true);
	});

	it('keeps an account manager to their clients', async () => {
		const manager: Access = { ...localAccess, clients: ['Acme'] };
		const { status, body } = await call('from=2026-01-01&to=2026-02-01', manager);
		expect(status).toBe(200);
		const keys = body.drivers.volume.by.client.map((c: { key: string }) => c.key);
		expect(keys).toEqual(['Acme']);
		// January at Acme: J1, J2, J6, and the impact fixture's Mail tickets on Mondays 5, 12,
		// 19, 26 and VPN tickets on Tuesdays 6, 13, 20, 27; Globex's J3-J5 and Initech's are not.
		expect(body.drivers.volume.current).toBe(11);
		expect((await call('from=2026-01-01&to=2026-02-01&client=Globex', manager)).status).toBe(403);
	});

	it('is in the route policy with the roles of /api/metrics', () => {
		expect(routePolicy['/api/insights']).toEqual(routePolicy['/api/metrics']);
	});
});
