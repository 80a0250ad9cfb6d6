// An account manager (made by `onecall user add --role account_manager --clients ...`) over
// HTTP: every page's HTML, API JSON, CSV and the client PDF name only their own clients.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pdfText } from './pdf-text';
import { e2eUsers, storageStateOf } from './users';

test.use({ storageState: storageStateOf('account_manager') });

const mine = e2eUsers.account_manager.clients!;
/** The fields of one CSV line (quoted fields may hold commas and doubled quotes). */
const fields = (line: string): string[] => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"'));
// Every client of the sample the account manager does not look after.
const sample = readFileSync('data/sample/tickets.csv', 'utf8').trim().split('\n');
const clientColumn = fields(sample[0]).indexOf('client');
const others = [...new Set(sample.slice(1).map((l) => fields(l)[clientColumn]).filter(Boolean))].filter((c) => !mine.includes(c));
const compact = (s: string) => s.replace(/\s+/g, '');

function othersIn(text: string): string[] {
	const flat = compact(text.replaceAll('&amp;', '&'));
	return others.filter((c) => flat.includes(compact(c)));
}

async function hydrated(page: Page, path: string): Promise<string> {
	const res = await page.goto(path);
	expect(res?.status(), path).toBe(200);
	await expect(page.locator('[data-testid="filter-bar"][data-ready]')).toHaveCount(1);
	return page.content();
}

test('the fixture is meaningful: the sample has other clients, and the account manager has two', () => {
	expect(others.length).toBeGreaterThan(30);
	expect(others).toEqual(expect.arrayContaining(['Cobalt Energy', 'Alder, Finch & Partners', 'Maple & Stone Accountants']));
	expect(mine).toEqual(['Quantum Labs', 'Beacon Credit Union']);
});

test('every dashboard’s HTML (with its data and filter lists) names only their clients', async ({ page }) => {
	const pages = ['/', '/team', '/clients', `/clients/${encodeURIComponent(mine[0])}`, '/repeat-callers', '/changes', '/satisfaction', '/tickets', '/tickets?metric=change_caused', '/tickets?metric=repeat_callers'];
	for (const path of pages) expect(othersIn(await hydrated(page, path)), path).toEqual([]);
	// Their own clients are there: the list, and the client filter's choices.
	const clients = await hydrated(page, '/clients');
	for (const c of mine) expect(clients).toContain(c);
	const choices = await page.getByLabel('Client').locator('option').allTextContents();
	expect(choices.filter((c) => c.trim() && !/all/i.test(c)).sort()).toEqual([...mine].sort());
});

test('API JSON and CSV downloads name only their clients', async ({ page }) => {
	const paths = [
		'/api/metrics',
		'/api/metrics/volume?by=client&grain=week',
		'/api/metrics/fcr?by=team',
		'/api/metrics/repeat_callers',
		'/api/metrics/change_failure_rate?by=client',
		'/api/metrics/csat?by=agent',
		'/api/tickets?metric=volume&page_size=1000',
		'/api/tickets?metric=change_failure_rate&part=denominator&page_size=1000',
		'/api/tickets?metric=volume&format=csv',
		'/tickets/csv?metric=change_caused',
		'/tickets/csv?metric=volume&caller=x'
	];
	for (const path of paths) {
		const res = await page.request.get(path);
		expect(res.status(), path).toBe(200);
		expect(othersIn(await res.text()), path).toEqual([]);
	}
	const volume = await (await page.request.get('/api/metrics/volume?by=client')).json();
	expect(volume.rows.map((r: { key: string }) => r.key).sort()).toEqual([...mine].sort());
});

test('another client by name is refused with 403, in pages and the API alike', async ({ page }) => {
	for (const path of ['/?client=Cobalt+Energy', '/clients/Cobalt%20Energy', '/clients/No%20Such%20Client', '/api/metrics?client=Cobalt+Energy', '/tickets/csv?client=Cobalt+Energy']) {
		const res = await page.request.get(path, { maxRedirects: 0 });
		expect(res.status(), path).toBe(403);
		const body = await res.text();
		expect(body, path).toContain('only the clients you look after');
		expect(othersIn(body.replace(/Cobalt Energy/g, '')), path).toEqual([]);
	}
});

test('the client pack prints to a PDF that names only that client', async ({ page }) => {
	await hydrated(page, `/clients/${encodeURIComponent(mine[0])}`);
	await expect(page.getByTestId('chart-client-volume').locator('canvas')).toHaveCount(1);
	await page.emulateMedia({ media: 'print' });
	const text = pdfText(await page.pdf({ format: 'A4', printBackground: true }));
	expect(compact(text)).toContain(compact(mine[0]));
	expect(othersIn(text)).toEqual([]);
});
