// An account manager's answers, from every server view and API function, on a fixture of
// distinctive client names: their clients' numbers only, and no other client's name or ticket id.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../src/lib/server/access/scope';
import { localAccess } from '../../src/lib/server/access/scope';
import type { Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { headlineMetrics } from '../../src/lib/server/metrics';
import { metricNames } from '../../src/lib/server/metric/catalog';
import { drilldown, drilldownCsv } from '../../src/lib/server/metric/drilldown';
import { metricReport } from '../../src/lib/server/metric/report';
import { dataRange } from '../../src/lib/server/overview';
import { FilterError } from '../../src/lib/filters';
import { RequestError } from '../../src/lib/server/metric/request';
import { checkClient, ClientForbidden, refusalStatus } from '../../src/lib/server/request-scope';
import { changesView } from '../../src/lib/server/views/changes';
import { clientPack, clientsView } from '../../src/lib/server/views/clients';
import { filterOptions } from '../../src/lib/server/views/common';
import { overviewView } from '../../src/lib/server/views/overview';
import { repeatView } from '../../src/lib/server/views/repeat';
import { satisfactionView } from '../../src/lib/server/views/satisfaction';
import { teamView } from '../../src/lib/server/views/team';
import { ticketsView } from '../../src/lib/server/views/tickets';
import { fixture, memoryDb } from '../helpers/db';

const mine = ['Zephyrine Alpha', 'Halcyon Gamma'];
const amy: Access = { user: { id: 7, name: 'amy', role: 'account_manager' }, sessionId: 'x', share: null, clients: mine };
const nobody: Access = { ...amy, clients: [] };
// Everything of Quorvex Beta's: its name, ticket ids, callers, the team and agent that work only for it, its changes.
const forbidden = ['Quorvex', 'QB-', 'qb-caller', 'Orbital Desk', 'Ximena Quill', 'CHG-QB'];
const jan = 'from=2026-01-01&to=2026-02-01';
const q = (extra = '') => new URLSearchParams(`${jan}${extra ? '&' + extra : ''}`);
const period = { from: '2026-01-01', to: '2026-02-01' };

let db: Db;

beforeAll(async () => {
	db = await memoryDb();
	await importFile(db, fixture('access-tickets.csv'));
	await importFile(db, fixture('access-changes.csv'));
});

function leaks(value: unknown): string[] {
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return forbidden.filter((word) => text.includes(word));
}

async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
	return new Response(stream).text();
}

describe('an account manager sees only their clients', () => {
	it('the fixture has the other client in full view for everyone else (so the checks below can fail)', async () => {
		expect(leaks(await overviewView(db, localAccess, q()))).toEqual([]); // no names in headline numbers
		expect(leaks(await clientsView(db, localAccess, q()))).toContain('Quorvex');
		expect(leaks(await changesView(db, localAccess, q()))).toEqual(expect.arrayContaining(['Quorvex', 'QB-', 'CHG-QB']));
		expect(leaks(await filterOptions(db, localAccess, await dataRange(db, localAccess)))).toEqual(
			expect.arrayContaining(['Quorvex', 'Orbital Desk', 'Ximena Quill'])
		);
	});

	it('every dashboard view: their numbers, none of another client’s names', async () => {
		const views = {
			overview: await overviewView(db, amy, q()),
			team: await teamView(db, amy, q()),
			clients: await clientsView(db, amy, q()),
			pack: await clientPack(db, amy, q(), 'Zephyrine Alpha'),
			repeat: await repeatView(db, amy, q()),
			repeat30: await repeatView(db, amy, q('window=30')),
			changes: await changesView(db, amy, q()),
			satisfaction: await satisfactionView(db, amy, q()),
			tickets: await ticketsView(db, amy, q('metric=volume&page_size=1000'), 1000),
			byCaller: await ticketsView(db, amy, q('metric=volume&caller=shared-caller')),
			byChange: await ticketsView(db, amy, q('metric=change_caused&change=CHG-ALL'))
		};
		for (const [name, view] of Object.entries(views)) expect(leaks(view), name).toEqual([]);

		expect(views.overview.metrics.tickets).toBe(18);
		expect(views.clients.clients.map((c) => c.client).sort()).toEqual(['Halcyon Gamma', 'Zephyrine Alpha']);
		expect(views.team.agents.map((a) => a.key).sort()).toEqual(['Ann Archer', 'Bob Baker']);
		expect(views.tickets.total).toBe(18);
		expect(new Set(views.tickets.rows.map((r) => r.client))).toEqual(new Set(mine));
		// The caller who also called Quorvex Beta: only their Zephyrine ticket.
		expect(views.byCaller.rows.map((r) => r.item_id)).toEqual(['ZA-120']);
		expect(views.byChange.rows.map((r) => r.item_id)).toEqual(['ZA-120']);
	});

	it('a change that hit several clients shows only the allowed ones’ incidents; another client’s changes do not show', async () => {
		const everyone = await changesView(db, localAccess, q());
		const amys = await changesView(db, amy, q());
		expect(everyone.top.find((c) => c.change_id === 'CHG-ALL')?.incidents_caused).toBe(3);
		const shared = amys.top.find((c) => c.change_id === 'CHG-ALL')!;
		expect(shared.incidents_caused).toBe(1);
		expect(shared.incidents.map((i) => i.ticket_id)).toEqual(['ZA-120']);
		expect(amys.top.map((c) => c.change_id).sort()).toEqual(['CHG-ALL', 'CHG-ZA']);
		// The failure rate is over their changes and the ones naming no client: CHG-ALL, CHG-ZA.
		expect(amys.failure).toMatchObject({ numerator: 2, denominator: 2 });
		expect(everyone.failure).toMatchObject({ numerator: 3, denominator: 4 });
	});

	it('repeat callers: a caller’s tickets at another client neither count nor name it', async () => {
		const everyone = await repeatView(db, localAccess, q());
		const amys = await repeatView(db, amy, q());
		expect(everyone.callers.find((c) => c.caller_id === 'shared-caller')?.clients).toEqual(['Quorvex Beta', 'Zephyrine Alpha']);
		expect(amys.callers.map((c) => c.caller_id).sort()).toEqual(['hg-caller-0', 'hg-caller-1', 'za-caller-1']);
		expect(amys.callers.find((c) => c.caller_id === 'za-caller-1')?.tickets).toBe(4);
	});

	it('filter choices and the data range come from their clients’ tickets only', async () => {
		const range = await dataRange(db, amy);
		expect(range.tickets).toBe(18);
		expect((await dataRange(db, localAccess)).tickets).toBe(30);
		const options = await filterOptions(db, amy, range);
		expect(options.client).toEqual(['Halcyon Gamma', 'Zephyrine Alpha']);
		expect(options.team).toEqual(['Network', 'Service Desk']);
		expect(leaks(options)).toEqual([]);
		// Cached per set of allowed clients: the full list, asked next with the same range, is not theirs.
		expect((await filterOptions(db, localAccess, range)).client).toContain('Quorvex Beta');
		expect((await filterOptions(db, amy, range)).client).toEqual(['Halcyon Gamma', 'Zephyrine Alpha']);
	});

	it('every metric’s API answer (breakdowns by client, team, agent; trends) and drill-down, JSON and CSV', async () => {
		for (const metric of metricNames) {
			for (const by of ['client', 'team', 'agent', 'category'] as const) {
				const report = await metricReport(db, amy, metric, period, { by, grain: 'week' });
				expect(leaks(report), `${metric} by ${by}`).toEqual([]);
			}
			for (const part of ['numerator', 'denominator', 'excluded'] as const) {
				if (part === 'numerator' && (metric === 'resolution_time' || metric === 'first_response_time')) continue;
				const query = { metric, part, filters: period, access: amy, sort: 'occurred_at' as const, dir: 'asc' as const };
				expect(leaks(await drilldown(db, query, 1, 1000)), `${metric} ${part}`).toEqual([]);
				expect(leaks(await streamText(drilldownCsv(db, query))), `${metric} ${part} csv`).toEqual([]);
			}
		}
		const all = await streamText(drilldownCsv(db, { metric: 'volume', part: 'numerator', filters: period, access: localAccess, sort: 'item_id', dir: 'asc' }));
		expect(leaks(all)).toContain('QB-');
		const headline = await headlineMetrics(db, amy, period);
		expect(headline.tickets).toBe(18);
		expect(headline.change_caused.numerator).toBe(2);
	});

	it('asking for another client by name gives nothing: the load helper refuses it (403), the SQL scope returns none', async () => {
		expect(() => checkClient(amy, 'Quorvex Beta')).toThrow(ClientForbidden);
		// A client that does not exist is refused the same way: the answer tells nothing about others.
		expect(() => checkClient(amy, 'Nobody Ltd')).toThrow('You can see only the clients you look after; this one is not among them.');
		expect(() => checkClient(amy, 'Zephyrine Alpha')).not.toThrow();
		expect(() => checkClient(localAccess, 'Quorvex Beta')).not.toThrow();
		// The one load helper's mapping: a client not theirs 403, bad parameters 400, anything else is a server fault.
		expect(refusalStatus(new ClientForbidden('x'))).toBe(403);
		expect(refusalStatus(new FilterError('x'))).toBe(400);
		expect(refusalStatus(new RequestError('x'))).toBe(400);
		expect(refusalStatus(new Error('x'))).toBeNull();
		// Below the helper too: a client filter outside the access meets the allowed list in SQL.
		const view = await overviewView(db, amy, q('client=Quorvex+Beta'));
		expect(view.metrics.tickets).toBe(0);
		const pack = await clientPack(db, amy, q(), 'Quorvex Beta');
		expect(pack.headline.tickets).toBe(0);
		expect(leaks({ ...pack, client: '', filters: {} })).toEqual([]);
	});

	it('an account manager with no clients sees nothing at all', async () => {
		expect((await overviewView(db, nobody, q())).metrics.tickets).toBe(0);
		expect((await clientsView(db, nobody, q())).clients).toEqual([]);
		expect((await changesView(db, nobody, q())).top.filter((c) => c.client !== null)).toEqual([]);
		expect((await dataRange(db, nobody)).tickets).toBe(0);
	});
});
