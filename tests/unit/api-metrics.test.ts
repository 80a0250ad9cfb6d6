// The HTTP layer of the metric library: GET /api/metrics/<metric> and /api/tickets
// (JSON and CSV) run in-process against a database file holding the February fixture.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../src/lib/server/access/scope';
import { localAccess } from '../../src/lib/server/access/scope';
import { openDb } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { GET as metricGet } from '../../src/routes/api/metrics/[metric]/+server';
import { GET as ticketsGet } from '../../src/routes/api/tickets/+server';
import { GET as headlineGet } from '../../src/routes/api/metrics/+server';
import { fixture } from '../helpers/db';

beforeAll(async () => {
	process.env.ONECALL_DB = join(mkdtempSync(join(tmpdir(), 'onecall-api-')), 'api.duckdb');
	const db = await openDb(process.env.ONECALL_DB);
	for (const f of ['metric-tickets-a.csv', 'metric-tickets-b.csv', 'metric-tickets-c.csv', 'metric-changes.csv']) {
		await importFile(db, fixture(f));
	}
});

const feb = 'from=2026-02-01&to=2026-03-01';
type Handler = (event: never) => Promise<Response>;

/** Calls a handler as SvelteKit would (the hook has set who asks); an error() thrown by it becomes its status. */
async function call(handler: Handler, path: string, params: Record<string, string> = {}, access: Access = localAccess) {
	try {
		const res = await handler({ url: new URL(`http://localhost${path}`), params, locals: { access } } as never);
		return { status: res.status, res };
	} catch (err) {
		const e = err as { status?: number; body?: { message: string } };
		if (typeof e.status !== 'number') throw err;
		return { status: e.status, message: e.body?.message ?? '' };
	}
}

const metric = (name: string, query: string) => call(metricGet as Handler, `/api/metrics/${name}?${query}`, { metric: name });
const tickets = (query: string) => call(ticketsGet as Handler, `/api/tickets?${query}`);

describe('GET /api/metrics/<metric>', () => {
	it('answers a metric with its breakdown, trend, previous period and definition', async () => {
		const { status, res } = await metric('fcr', `${feb}&by=team&grain=month`);
		expect(status).toBe(200);
		const body = await res!.json();
		// See metric-definitions.test.ts: 5 FCR of 10 determinable, 2 excluded.
		expect(body).toMatchObject({ metric: 'fcr', kind: 'rate', value: 0.5, numerator: 5, denominator: 10, n: 10, excluded: 2 });
		expect(body.definition.summary).toBe('FCR rate = FCR tickets / resolved tickets whose FCR can be determined.');
		expect(body.definition.excluded).toContain('2 tickets excluded');
		expect(body.definition.settings).toEqual({ fcr_criteria: { reassignment_count: true, reopen_count: true, contact_count: true } });
		for (const row of [...body.rows, ...body.trend]) {
			expect(Object.keys(row)).toEqual(expect.arrayContaining(['numerator', 'denominator', 'n', 'small_sample', 'value']));
		}
		expect(body.trend.map((t: { bucket: string }) => t.bucket)).toEqual(['2026-02-01']);
		expect(body.previous).toMatchObject({ numerator: 3, denominator: 3 });
	});

	it('applies the filter bar', async () => {
		const { res } = await metric('volume', `${feb}&client=Acme&channel=phone`);
		// Acme by phone in February: M02, M04, M13.
		expect((await res!.json()).value).toBe(3);
	});

	it('refuses unknown metrics, dimensions, grains and dates', async () => {
		expect((await metric('happiness', feb)).status).toBe(404);
		expect(await metric('fcr', `${feb}&by=planet`)).toMatchObject({ status: 400, message: 'by must be a known dimension, got "planet"' });
		expect((await metric('fcr', `${feb}&grain=year`)).status).toBe(400);
		expect((await metric('fcr', 'from=2026-02-30&to=2026-03-01')).status).toBe(400);
	});
});

describe('GET /api/tickets', () => {
	it('lists the tickets behind a number, paged', async () => {
		const { status, res } = await tickets(`${feb}&metric=repeat_contacts&part=numerator&sort=item_id&page_size=2&page=2`);
		expect(status).toBe(200);
		const body = await res!.json();
		// Repeats: B02, M02, M03, M06, M07 (see metric-definitions.test.ts); page 2 of 2 a page.
		expect(body).toMatchObject({ metric: 'repeat_contacts', part: 'numerator', items: 'tickets', total: 5, page: 2, page_size: 2 });
		expect(body.rows.map((r: { item_id: string }) => r.item_id)).toEqual(['M03', 'M06']);
	});

	it('drills into a breakdown key and the row without a value', async () => {
		const p1 = await (await tickets(`${feb}&metric=sla&part=denominator&by=priority&key=P1`)).res!.json();
		expect(p1.rows.map((r: { item_id: string }) => r.item_id)).toEqual(['M08', 'M09']);
		const noClient = await (await tickets(`${feb}&metric=change_failure_rate&part=denominator&by=client&key=`)).res!.json();
		expect(noClient).toMatchObject({ items: 'changes', total: 1, rows: [{ item_id: 'CHG2' }] });
	});

	it('downloads every row as CSV', async () => {
		const { status, res } = await tickets(`${feb}&metric=volume&part=numerator&format=csv&sort=item_id`);
		expect(status).toBe(200);
		expect(res!.headers.get('content-type')).toContain('text/csv');
		expect(res!.headers.get('content-disposition')).toContain('onecall-volume-numerator-2026-02-01-2026-03-01.csv');
		const parsed = Papa.parse<Record<string, string>>(await res!.text(), { header: true, skipEmptyLines: true });
		// All 14 February tickets, whatever the page size.
		expect(parsed.data).toHaveLength(14);
		expect(parsed.meta.fields?.slice(0, 2)).toEqual(['ticket_id', 'created_at']);
		expect(parsed.data[0]).toMatchObject({ ticket_id: 'B01', client: 'Acme', in_numerator: 'true' });
	});

	it('refuses what cannot be listed', async () => {
		expect(await tickets(`${feb}&metric=resolution_time&part=numerator`)).toMatchObject({ status: 400 });
		expect((await tickets(`${feb}&metric=fcr&part=everything`)).status).toBe(400);
		expect((await tickets(`${feb}&metric=fcr&sort=subject;DROP`)).status).toBe(400);
		expect((await tickets(`${feb}&metric=fcr&key=Acme`)).status).toBe(400);
		expect((await tickets(`${feb}&metric=fcr&page_size=100000`)).status).toBe(400);
		expect((await tickets(`${feb}`)).status).toBe(400);
	});
});

describe('GET /api/metrics (headline)', () => {
	it('still answers the headline JSON', async () => {
		const { res } = await call(headlineGet as Handler, `/api/metrics?${feb}`);
		const body = await res!.json();
		expect(body.tickets).toBe(14);
		expect(body.fcr).toEqual({ rate: 0.5, numerator: 5, denominator: 10, excluded: 2 });
	});
});

describe('the API for an account manager (the hook sets their clients)', () => {
	const acme: Access = { user: { id: 2, name: 'amy', role: 'account_manager' }, sessionId: 'x', share: null, clients: ['Acme'] };

	it('answers with their client’s rows only', async () => {
		const { res } = await call(metricGet as Handler, `/api/metrics/volume?${feb}&by=client`, { metric: 'volume' }, acme);
		const body = await res!.json();
		expect(body.rows.map((r: { key: string }) => r.key)).toEqual(['Acme']);
		const list = await (await call(ticketsGet as Handler, `/api/tickets?${feb}&metric=volume&page_size=1000`, {}, acme)).res!.json();
		expect(list.rows.length).toBeGreaterThan(0);
		expect(new Set(list.rows.map((r: { client: string }) => r.client))).toEqual(new Set(['Acme']));
		const csv = await (await call(ticketsGet as Handler, `/api/tickets?${feb}&metric=volume&format=csv`, {}, acme)).res!.text();
		expect(csv).not.toMatch(/Globex|Initech/);
		const headline = await (await call(headlineGet as Handler, `/api/metrics?${feb}`, {}, acme)).res!.json();
		expect(headline.tickets).toBeLessThan(14);
	});

	it('refuses another client by name with 403, existing or not', async () => {
		for (const client of ['Globex', 'Nobody Ltd']) {
			expect(await call(headlineGet as Handler, `/api/metrics?${feb}&client=${client}`, {}, acme)).toMatchObject({
				status: 403,
				message: 'You can see only the clients you look after; this one is not among them.'
			});
		}
		expect((await call(headlineGet as Handler, `/api/metrics?${feb}&client=Acme`, {}, acme)).status).toBe(200);
	});
});
