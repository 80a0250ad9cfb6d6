// Why did it move: a driver sentence on the Overview and on the client pack links to tickets
// whose count is the number it quotes; the pack's PDF carries the drivers; Changes ranks them.
import type { Insights } from '../../src/lib/server/insights';
import { api, expect, open, screenshots, test, ticketsTotal } from './fixtures';
import { pdfText } from './pdf-text';

const client = 'Cobalt Energy';
const compact = (s: string) => s.replace(/\s+/g, '');
const quoted = (sentence: string) => Number(/; ([\d,]+) tickets?( before)?\)/.exec(sentence)![1].replace(/,/g, ''));

test('an Overview driver links to as many tickets as it quotes', async ({ page }) => {
	await open(page, '/');
	const body = await api<Insights>(page, '/api/insights');
	const shown = page.getByTestId('drivers-fcr').getByTestId('driver');
	await expect(shown).toHaveCount(body.drivers!.fcr!.drivers.length);
	await expect(shown.first()).toHaveText(body.drivers!.fcr!.drivers[0].sentence);
	const sentence = (await shown.first().textContent())!;
	await shown.first().click();
	expect(await ticketsTotal(page)).toBe(quoted(sentence));
});

test('the Overview self-service table shows every column in its half-width card at 1280 px', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await open(page, '/');
	const table = page.getByTestId('self-service').locator('.insight-scroll');
	await expect(table.locator('tbody tr').first()).toBeVisible();
	// A table wider than its card scrolls, hiding the agent-hours it is ranked by.
	const { scroll, client } = await table.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
	expect(scroll).toBeLessThanOrEqual(client);
});

test('a client pack driver links to its tickets, and the PDF carries the drivers', async ({ page }) => {
	await open(page, `/clients/${encodeURIComponent(client)}`);
	const pack = page.getByTestId('client-insights');
	const first = pack.getByTestId('driver').first();
	await expect(first).toBeVisible();
	const sentence = (await first.textContent())!;
	const body = await api<Insights>(page, '/api/insights', { client });
	const all = Object.values(body.drivers!).flatMap((d) => d!.drivers.map((x) => x.sentence));
	expect(all).toContain(sentence);
	// A client's own pack does not blame clients.
	expect(Object.values(body.drivers!).flatMap((d) => d!.drivers).some((x) => x.dimension === 'client')).toBe(false);

	await page.emulateMedia({ media: 'print' });
	const text = compact(pdfText(await page.pdf({ format: 'A4', printBackground: true })));
	expect(text).toContain(compact(`Why it moved at ${client}`));
	expect(text).toContain(compact(sentence));
	await page.emulateMedia({ media: 'screen' });

	await first.click();
	expect(await ticketsTotal(page)).toBe(quoted(sentence));
});

test('Changes lists the changes that probably caused incidents, ranked by excess', async ({ page }) => {
	await open(page, '/changes');
	const body = await api<Insights>(page, '/api/insights');
	const probable = body.change_impact!.changes.filter((c) => c.probable);
	const rows = page.getByTestId('change-impact').getByTestId('impact-row');
	await expect(rows).toHaveCount(Math.min(12, probable.length));
	await expect(rows.first().locator('td').first()).toHaveText(probable[0].change_id);
});

test('screenshots of the insights on Overview, Changes and the client pack', async ({ page }) => {
	await open(page, '/');
	await screenshots(page, 'insights-overview', '/');
	await screenshots(page, 'insights-changes', '/changes');
	await screenshots(page, 'insights-client', `/clients/${encodeURIComponent(client)}`);
	await screenshots(page, 'insights-team', '/team');
});
