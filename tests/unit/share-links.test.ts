// Signed share links on the access fixture: a valid link opens one client's pack for one
// period; tampered, expired, revoked and cross-client links are refused with the reason.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../src/lib/server/access/scope';
import { withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { ClientForbidden } from '../../src/lib/server/request-scope';
import {
	accessFromShareToken,
	createShareFromForm,
	createShareLink,
	listShareLinks,
	revokeShareLink,
	ShareError,
	shareUsed
} from '../../src/lib/server/share';
import { sharedPack } from '../../src/lib/server/views/clients';
import { fixture, memoryDb } from '../helpers/db';

const DAY = 86_400_000;
const now = Date.parse('2026-02-10T12:00:00Z');
const amy: Access = { user: { id: 7, name: 'amy', role: 'account_manager' }, sessionId: 'x', share: null, clients: ['Zephyrine Alpha', 'Halcyon Gamma'] };
const jan = { client: 'Zephyrine Alpha', from: '2026-01-01', to: '2026-02-01' };
const tokenOf = (path: string) => path.slice('/share/'.length);

let db: Db;

beforeAll(async () => {
	db = await memoryDb();
	await importFile(db, fixture('access-tickets.csv'));
	await importFile(db, fixture('access-changes.csv'));
});

describe('share links', () => {
	it('a valid link grants one client’s pack for one period, expiring in 30 days by default', async () => {
		const link = await createShareLink(db, amy, jan, now);
		expect(link.path).toMatch(/^\/share\/\d+\.[\w-]+\.2026-01-01\.2026-02-01\.\d+\.[\w-]{43}$/);
		expect(Date.parse(link.expiresAt) - now).toBe(30 * DAY);
		const check = await accessFromShareToken(db, tokenOf(link.path), now + DAY);
		expect(check.ok).toBe(true);
		if (!check.ok) return;
		expect(check.grant).toEqual({ id: link.id, ...jan });
		expect(check.access).toEqual({ user: null, sessionId: null, share: check.grant, clients: ['Zephyrine Alpha'] });
		const pack = await sharedPack(db, check.access);
		expect(pack.client).toBe('Zephyrine Alpha');
		expect(pack.filters).toEqual({ from: '2026-01-01', to: '2026-02-01', client: 'Zephyrine Alpha' });
		expect(pack.headline.tickets).toBe(12);
		// Not even the account manager's other client, let alone anyone else's.
		expect(JSON.stringify(pack)).not.toMatch(/Halcyon|Quorvex|QB-|HG-/);
	});

	it('its use is counted and audited', async () => {
		const link = await createShareLink(db, amy, jan, now);
		const check = await accessFromShareToken(db, tokenOf(link.path), now);
		if (!check.ok) throw new Error('expected a valid link');
		await shareUsed(db, check.access, now + 1000);
		await shareUsed(db, check.access, now + 2000);
		const listed = (await listShareLinks(db, amy, 'Zephyrine Alpha', now)).find((l) => l.id === link.id)!;
		expect(listed.uses).toBe(2);
		expect(listed.lastUsedAt).toBe(new Date(now + 2000).toISOString());
		const actions = await withConnection(db, (c) =>
			c.allSql<{ action: string; actor: string }>("SELECT action, actor FROM audit_log WHERE actor = $actor ORDER BY audit_id", { actor: `share link #${link.id}` })
		);
		expect(actions.map((a) => a.action)).toEqual(['share_used', 'share_used']);
	});

	it('a tampered link is refused (403): another client, period, expiry or id, a changed signature, garbage', async () => {
		const link = await createShareLink(db, amy, jan, now);
		const token = tokenOf(link.path);
		const [id, client, from, to, expires, sig] = token.split('.');
		const forged = [
			[id, Buffer.from('Quorvex Beta').toString('base64url'), from, to, expires, sig],
			[id, client, '2025-01-01', to, expires, sig],
			[id, client, from, '2027-01-01', expires, sig],
			[id, client, from, to, String(Number(expires) + 365 * DAY), sig],
			[String(Number(id) + 1), client, from, to, expires, sig],
			[id, client, from, to, expires, (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1)],
			[id, client, from, to, expires, '']
		].map((p) => p.join('.'));
		for (const t of [...forged, 'nonsense', token + '.x', 'a'.repeat(5000)]) {
			const check = await accessFromShareToken(db, t, now);
			expect(check, t.slice(0, 60)).toMatchObject({ ok: false, status: 403, title: 'This share link is not valid' });
		}
		// A link signed by another server's secret is refused too.
		const other = await memoryDb();
		expect(await accessFromShareToken(other, token, now)).toMatchObject({ ok: false, status: 403 });
	});

	it('an expired link is refused (410) with the day it ended', async () => {
		const link = await createShareLink(db, amy, { ...jan, days: 2 }, now);
		expect((await accessFromShareToken(db, tokenOf(link.path), now + 2 * DAY - 1)).ok).toBe(true);
		const check = await accessFromShareToken(db, tokenOf(link.path), now + 2 * DAY);
		expect(check).toMatchObject({ ok: false, status: 410, title: 'This share link has expired', message: 'It was valid until 2026-02-12. Ask the person who sent it for a new link.' });
		expect((await listShareLinks(db, amy, 'Zephyrine Alpha', now + 3 * DAY)).find((l) => l.id === link.id)?.status).toBe('expired');
	});

	it('a revoked link is refused (410); revoking needs the link’s own client', async () => {
		const link = await createShareLink(db, amy, jan, now);
		await expect(revokeShareLink(db, amy, 'Halcyon Gamma', link.id, now)).rejects.toThrow(ShareError);
		expect((await accessFromShareToken(db, tokenOf(link.path), now)).ok).toBe(true);
		await revokeShareLink(db, amy, 'Zephyrine Alpha', link.id, now);
		const check = await accessFromShareToken(db, tokenOf(link.path), now + 1);
		expect(check).toMatchObject({ ok: false, status: 410, title: 'This share link was withdrawn' });
		await expect(revokeShareLink(db, amy, 'Zephyrine Alpha', link.id, now)).rejects.toThrow('No active share link');
	});

	it('nobody makes a link to another client’s pack, and a share link makes no links', async () => {
		await expect(createShareLink(db, amy, { ...jan, client: 'Quorvex Beta' }, now)).rejects.toThrow(ClientForbidden);
		await expect(listShareLinks(db, amy, 'Quorvex Beta', now)).rejects.toThrow(ClientForbidden);
		const link = await createShareLink(db, amy, jan, now);
		const check = await accessFromShareToken(db, tokenOf(link.path), now);
		if (!check.ok) throw new Error('expected a valid link');
		await expect(createShareLink(db, check.access, jan, now)).rejects.toThrow(ShareError);
		await expect(revokeShareLink(db, check.access, 'Zephyrine Alpha', link.id, now)).rejects.toThrow(ShareError);
		expect(await listShareLinks(db, check.access, 'Zephyrine Alpha', now)).toEqual([]);
	});

	it('the form: at most a year, a real period, inclusive last day', async () => {
		const form = (fields: Record<string, string>) => {
			const f = new FormData();
			for (const [k, v] of Object.entries(fields)) f.set(k, v);
			return f;
		};
		expect(await createShareFromForm(db, amy, 'Zephyrine Alpha', form({ from: '2026-01-01', last: '2026-01-31', days: '366' }))).toEqual({
			error: 'A link lasts from 1 to 365 days; got 366.'
		});
		expect(await createShareFromForm(db, amy, 'Zephyrine Alpha', form({ from: '2026-02-01', last: '2026-01-31', days: '5' }))).toEqual({
			error: 'The first day (2026-02-01) must not be after the last day (2026-01-31).'
		});
		expect(await createShareFromForm(db, amy, 'Zephyrine Alpha', form({ from: 'soon', last: '2026-01-31' }))).toMatchObject({
			error: expect.stringContaining('must be a date as YYYY-MM-DD')
		});
		const made = await createShareFromForm(db, amy, 'Zephyrine Alpha', form({ from: '2026-01-01', last: '2026-01-31', days: '365' }));
		if (!('link' in made)) throw new Error(made.error);
		expect(made.link).toMatchObject({ from: '2026-01-01', to: '2026-02-01', status: 'active', createdBy: 'amy' });
	});

	it('the secret is made once and kept: a link still opens after the database is reopened in-process', async () => {
		const link = await createShareLink(db, amy, jan, now);
		const secrets = await withConnection(db, (c) => c.allSql<{ n: number }>('SELECT count(*)::INTEGER AS n FROM share_secret'));
		expect(secrets[0].n).toBe(1);
		expect((await accessFromShareToken(db, tokenOf(link.path), now)).ok).toBe(true);
	});
});
