// `onecall user ...` and `onecall audit` run in-process on a temporary database file: the
// password from ONECALL_PASSWORD, exit codes and messages, sessions ended by passwd, the log.
import { mkdtempSync, statSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/onecall';
import { openDb } from '../../src/lib/server/db';
import { resumeSession, startSession } from '../../src/lib/server/auth/sessions';
import { listUsers } from '../../src/lib/server/auth/users';
import { announceSetup, setupLinkFile, setupTokenState } from '../../src/lib/server/auth/setup';

const dbPath = join(mkdtempSync(join(tmpdir(), 'onecall-users-')), 'users.duckdb');

async function cli(...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runCli([...args, '--db', dbPath], { out: (l) => out.push(l), err: (l) => err.push(l) });
	return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => {
	delete process.env.ONECALL_PASSWORD;
});

describe('onecall user', () => {
	it('adds users with roles and clients, lists them, and refuses bad input with exit code 1', async () => {
		process.env.ONECALL_PASSWORD = 'a long enough password';
		expect(await cli('user', 'add', 'alice', '--role', 'admin')).toMatchObject({ code: 0, out: 'added alice (admin)' });
		expect(await cli('user', 'add', 'amy', '--role', 'account_manager', '--clients', 'Acme, Globex')).toMatchObject({
			code: 0, out: 'added amy (account_manager: Acme, Globex)'
		});
		expect(await cli('user', 'add', 'alice', '--role', 'analyst')).toMatchObject({ code: 1, err: 'onecall: there is already a user called "alice"' });
		expect((await cli('user', 'add', 'bob', '--role', 'boss')).err).toContain('the role must be one of admin, analyst, manager, account_manager');
		expect((await cli('user', 'add', 'bob')).code).toBe(1);
		process.env.ONECALL_PASSWORD = 'short';
		expect(await cli('user', 'add', 'bob', '--role', 'manager')).toMatchObject({ code: 1, err: 'onecall: the password must be at least 10 characters long' });

		const list = await cli('user', 'list');
		expect(list.code).toBe(0);
		expect(list.out.split('\n').map((l) => l.split(/\s+/).slice(0, 2))).toEqual([['alice', 'admin'], ['amy', 'account_manager']]);
		expect(list.out).toContain('clients: Acme, Globex');
	});

	it('passwd sets a new password and ends the user\'s sessions; remove keeps the last admin', async () => {
		const db = await openDb(dbPath);
		const amy = (await listUsers(db)).find((u) => u.name === 'amy')!;
		const session = await startSession(db, amy.user_id, {});
		process.env.ONECALL_PASSWORD = 'amy has a new password';
		expect(await cli('user', 'passwd', 'amy')).toMatchObject({ code: 0, out: 'password of amy changed; their sessions have ended' });
		expect(await resumeSession(db, session.cookie)).toBeNull();
		expect((await cli('user', 'passwd', 'nobody')).err).toBe('onecall: there is no user called "nobody"');

		expect((await cli('user', 'remove', 'alice')).err).toContain('alice is the only admin');
		expect(await cli('user', 'remove', 'amy')).toMatchObject({ code: 0, out: 'removed amy' });
		expect((await listUsers(db)).map((u) => u.name)).toEqual(['alice']);
	});

	it('without a terminal or ONECALL_PASSWORD, says how to give a password', async () => {
		const r = await cli('user', 'passwd', 'alice');
		expect(r.code).toBe(1);
		expect(r.err).toContain('set ONECALL_PASSWORD, or pass --password-stdin');
	});
});

describe('onecall audit', () => {
	it('prints the user changes oldest first, and refuses a malformed --since', async () => {
		const r = await cli('audit');
		expect(r.code).toBe(0);
		const actions = r.out.split('\n').map((l) => / (user_added|password_changed|user_removed) /.exec(l)?.[1]);
		expect(actions).toEqual(['user_added', 'user_added', 'password_changed', 'user_removed']);
		expect(r.out).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ command line \(/);
		expect((await cli('audit', '--since', '2999-01-01')).out).toBe('');
		expect(await cli('audit', '--since', 'yesterday')).toMatchObject({ code: 1, err: 'onecall: since must be a date as YYYY-MM-DD (or an ISO instant), got "yesterday"' });
	});
});

describe('setup link file', () => {
	it('is written owner-only beside the database while there are no users, and removed once there are', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'onecall-setup-')), 'fresh.duckdb');
		const db = await openDb(path);
		const link = (await announceSetup(db, 'http://127.0.0.1:3000'))!;
		expect(link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/setup\?token=[\w-]{43}$/);
		const file = setupLinkFile(path);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(readFileSync(file, 'utf8')).toBe(link + '\n');
		expect(await setupTokenState(db, new URL(link).searchParams.get('token')!)).toBe('ok');
		// The next start with a user in the database prints nothing and deletes the file.
		const out: string[] = [];
		process.env.ONECALL_PASSWORD = 'a long enough password';
		await runCli(['user', 'add', 'root', '--role', 'admin', '--db', path], { out: (l) => out.push(l), err: () => {} });
		expect(await setupTokenState(db, new URL(link).searchParams.get('token')!)).toBe('used');
		expect(await announceSetup(db, 'http://127.0.0.1:3000')).toBeNull();
		expect(existsSync(file)).toBe(false);
	});
});
