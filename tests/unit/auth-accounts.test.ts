// Accounts against a real in-memory DuckDB: scrypt hashes, session idle and absolute
// expiry, sign-in throttling with back-off, users' rules, the setup link and the audit log.
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword, PasswordError } from '../../src/lib/server/auth/password';
import { LoginThrottle } from '../../src/lib/server/auth/throttle';
import { resumeSession, sessionLife, sha256, startSession } from '../../src/lib/server/auth/sessions';
import { signIn } from '../../src/lib/server/auth/login';
import { addUser, changeUser, listUsers, removeUser, setPassword, UserError } from '../../src/lib/server/auth/users';
import { completeSetup, issueSetupToken, setupTokenState } from '../../src/lib/server/auth/setup';
import { listAudit } from '../../src/lib/server/audit';
import { withConnection } from '../../src/lib/server/db';
import { memoryDb } from '../helpers/db';

const pw = 'correct horse battery';

describe('password hashing', () => {
	it('salts every hash, verifies the right password and refuses others', async () => {
		const a = await hashPassword(pw);
		const b = await hashPassword(pw);
		expect(a).not.toBe(b);
		expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
		expect(await verifyPassword(pw, a)).toBe(true);
		expect(await verifyPassword(pw + ' ', a)).toBe(false);
		expect(await verifyPassword(pw, 'scrypt$1$1$1$bad')).toBe(false);
		expect(await verifyPassword(pw, 'plain-text')).toBe(false);
	});

	it('refuses a too-short password', async () => {
		await expect(hashPassword('short')).rejects.toThrow(PasswordError);
	});
});

describe('login throttle', () => {
	const rules = { name: { free: 3, baseMs: 1000, maxMs: 8000 }, address: { free: 10, baseMs: 1000, maxMs: 8000 } };

	it('lets the free tries through, then doubles the wait, up to the ceiling', () => {
		const t = new LoginThrottle(rules);
		let now = 1_000_000;
		for (let i = 0; i < 3; i++) {
			expect(t.waitMs('Alice', '10.0.0.1', now)).toBe(0);
			t.failed('Alice', '10.0.0.1', now);
		}
		expect(t.waitMs('alice', '10.0.0.9', now)).toBe(0);
		t.failed('alice', '10.0.0.1', now);
		// The name is locked from any address, case-insensitively.
		expect(t.waitMs('ALICE', '10.0.0.9', now)).toBe(1000);
		now += 1000;
		expect(t.waitMs('alice', '10.0.0.1', now)).toBe(0);
		t.failed('alice', '10.0.0.1', now);
		expect(t.waitMs('alice', '10.0.0.1', now)).toBe(2000);
		for (let i = 0; i < 5; i++) t.failed('alice', '10.0.0.1', now);
		expect(t.waitMs('alice', '10.0.0.1', now)).toBe(8000);
		// A success clears the name, not the address.
		t.succeeded('alice');
		expect(t.waitMs('alice', '10.0.0.2', now)).toBe(0);
	});

	it('locks an address that guesses across many names', () => {
		const t = new LoginThrottle(rules);
		for (let i = 0; i < 10; i++) t.failed(`user${i}`, '10.0.0.5', 0);
		expect(t.waitMs('fresh-name', '10.0.0.5', 0)).toBe(0);
		t.failed('user11', '10.0.0.5', 0);
		expect(t.waitMs('fresh-name', '10.0.0.5', 0)).toBe(1000);
		expect(t.waitMs('fresh-name', '10.0.0.6', 0)).toBe(0);
	});
});

describe('sessions', () => {
	it('expires after the idle time and after the absolute life, however busy', async () => {
		const db = await memoryDb();
		const user = await addUser(db, { name: 'ann', role: 'manager', password: pw });
		const t0 = 1_700_000_000_000;
		const { cookie, idHash } = await startSession(db, user.user_id, { ip: '127.0.0.1' }, t0);
		expect(idHash).toBe(sha256(cookie));
		// Only the hash is stored.
		const stored = await withConnection(db, (c) => c.allSql<{ id_hash: string }>('SELECT id_hash FROM sessions'));
		expect(stored).toEqual([{ id_hash: idHash }]);
		expect((await resumeSession(db, cookie, t0 + 1000))?.user).toEqual({ id: user.user_id, name: 'ann', role: 'manager', clients: [] });
		expect(await resumeSession(db, cookie, t0 + sessionLife.idleMs + 1)).toBeNull();

		// Used every 4 hours, it still dies at 7 days.
		const busy = await startSession(db, user.user_id, {}, t0);
		let now = t0;
		while (now + 4 * 3600_000 < t0 + sessionLife.absoluteMs) {
			now += 4 * 3600_000;
			expect(await resumeSession(db, busy.cookie, now)).not.toBeNull();
		}
		expect(await resumeSession(db, busy.cookie, t0 + sessionLife.absoluteMs + 1)).toBeNull();
		expect(await resumeSession(db, 'x'.repeat(43), t0)).toBeNull();
	});
});

describe('users and sign-in', () => {
	it('signs in with the right password only, and audits both', async () => {
		const db = await memoryDb();
		await addUser(db, { name: 'amy', role: 'account_manager', clients: 'Acme, Globex', password: pw });
		const throttle = new LoginThrottle();
		const bad = await signIn(db, 'amy', 'wrong password!', { ip: '10.1.1.1' }, Date.now(), throttle);
		expect(bad).toEqual({ ok: false, status: 400, message: 'Wrong user name or password.' });
		const nobody = await signIn(db, 'nobody', pw, { ip: '10.1.1.1' }, Date.now(), throttle);
		expect(nobody.ok).toBe(false);
		const good = await signIn(db, ' amy ', pw, { ip: '10.1.1.1' }, Date.now(), throttle);
		expect(good.ok).toBe(true);
		if (good.ok) expect((await resumeSession(db, good.cookie))?.user.clients).toEqual(['Acme', 'Globex']);
		const log = await listAudit(db);
		expect(log.map((e) => [e.action, e.actor, e.detail.reason ?? null])).toEqual([
			['login', 'amy', null],
			['login_failed', 'anonymous', 'no such user'],
			['login_failed', 'anonymous', 'wrong password']
		]);
	});

	it('answers 429 once the name is locked, even with the right password', async () => {
		const db = await memoryDb();
		await addUser(db, { name: 'bob', role: 'analyst', password: pw });
		const throttle = new LoginThrottle({ name: { free: 2, baseMs: 60_000, maxMs: 60_000 }, address: { free: 100, baseMs: 1, maxMs: 1 } });
		const now = Date.now();
		for (let i = 0; i < 3; i++) await signIn(db, 'bob', 'not the password', { ip: '1.2.3.4' }, now, throttle);
		const locked = await signIn(db, 'bob', pw, { ip: '1.2.3.4' }, now, throttle);
		expect(locked).toMatchObject({ ok: false, status: 429 });
		// The third failure started the lock, and the log says for how long.
		expect((await listAudit(db)).map((e) => e.detail.locked_for_s ?? null)).toEqual([60, null, null]);
		expect((await signIn(db, 'bob', pw, { ip: '1.2.3.4' }, now + 60_001, throttle)).ok).toBe(true);
	});

	it('checks names, roles and clients, and never loses the last admin', async () => {
		const db = await memoryDb();
		await expect(addUser(db, { name: 'bad name', role: 'admin', password: pw })).rejects.toThrow(/not a usable user name/);
		await expect(addUser(db, { name: 'x', role: 'boss', password: pw })).rejects.toThrow(/role must be one of admin, analyst, manager, account_manager/);
		await expect(addUser(db, { name: 'x', role: 'manager', clients: 'Acme', password: pw })).rejects.toThrow(/only account managers/);
		await addUser(db, { name: 'root', role: 'admin', password: pw });
		await expect(addUser(db, { name: 'root', role: 'admin', password: pw })).rejects.toThrow(/already a user called "root"/);
		await expect(removeUser(db, 'root')).rejects.toThrow(/only admin/);
		await expect(changeUser(db, 'root', { role: 'analyst' })).rejects.toThrow(/only admin/);
		await addUser(db, { name: 'root2', role: 'admin', password: pw });
		await changeUser(db, 'root', { role: 'account_manager', clients: ['Initech'] });
		await removeUser(db, 'root2').catch((e) => expect(e).toBeInstanceOf(UserError));
		expect((await listUsers(db)).map((u) => [u.name, u.role, u.clients])).toEqual([
			['root', 'account_manager', ['Initech']],
			['root2', 'admin', []]
		]);
	});

	it('a new password ends the other sessions, or all of them on a reset', async () => {
		const db = await memoryDb();
		const u = await addUser(db, { name: 'cat', role: 'manager', password: pw });
		const mine = await startSession(db, u.user_id, {});
		const other = await startSession(db, u.user_id, {});
		await setPassword(db, 'cat', 'a brand new password', mine.idHash);
		expect(await resumeSession(db, mine.cookie)).not.toBeNull();
		expect(await resumeSession(db, other.cookie)).toBeNull();
		await setPassword(db, 'cat', 'another new password');
		expect(await resumeSession(db, mine.cookie)).toBeNull();
	});
});

describe('setup link', () => {
	it('creates the first admin once; the token dies after use and once any user exists', async () => {
		const db = await memoryDb();
		const token = (await issueSetupToken(db))!;
		expect(token).toMatch(/^[\w-]{43}$/);
		expect(await setupTokenState(db, token)).toBe('ok');
		expect(await setupTokenState(db, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBe('invalid');
		// A newer link replaces the older one.
		const newer = (await issueSetupToken(db))!;
		expect(await setupTokenState(db, token)).toBe('invalid');
		const admin = await completeSetup(db, newer, 'first', pw);
		expect(admin.role).toBe('admin');
		expect(await setupTokenState(db, newer)).toBe('used');
		await expect(completeSetup(db, newer, 'second', pw)).rejects.toThrow(/already done/);
		expect(await issueSetupToken(db)).toBeNull();
		expect((await listAudit(db)).map((e) => [e.action, e.actor, e.detail.via])).toEqual([['user_added', 'first', 'setup link']]);
	});

	it('a user added another way kills a live link', async () => {
		const db = await memoryDb();
		const token = (await issueSetupToken(db))!;
		await addUser(db, { name: 'cli-admin', role: 'admin', password: pw });
		expect(await setupTokenState(db, token)).toBe('used');
		expect(await withConnection(db, (c) => c.allSql('SELECT * FROM setup_tokens'))).toEqual([]);
	});
});
