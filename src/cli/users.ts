// `onecall user add|list|passwd|remove` and `onecall audit`: accounts from the command line
// (the e2e suite and scripts create their users here). Passwords are asked twice, unseen.
import { createInterface } from 'node:readline';
import { addUser, changeUser, listUsers, removeUser, setPassword, UserError } from '$lib/server/auth/users';
import { audit, detailText, listAudit } from '$lib/server/audit';
import { openDb } from '$lib/server/db';
import type { CliIo } from './onecall';

export interface UserFlags {
	role?: string;
	clients?: string;
	passwordStdin?: boolean;
	since?: string;
}

const usage = 'onecall user add NAME --role admin|analyst|manager|account_manager [--clients A,B] | user list | user passwd NAME | user remove NAME';

function askHidden(question: string): Promise<string> {
	return new Promise((done) => {
		const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
		// readline echoes what is typed through _writeToOutput; print only the question.
		(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) => {
			if (s.startsWith(question)) process.stderr.write(question);
		};
		rl.question(question, (answer) => {
			rl.close();
			process.stderr.write('\n');
			done(answer);
		});
	});
}

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0];
}

/** ONECALL_PASSWORD, else the first line of stdin (--password-stdin), else asked twice at a terminal. */
export async function newPassword(flags: UserFlags): Promise<string> {
	if (process.env.ONECALL_PASSWORD) return process.env.ONECALL_PASSWORD;
	if (flags.passwordStdin) return readStdin();
	if (!process.stdin.isTTY) throw new UserError('no password given: run this in a terminal, set ONECALL_PASSWORD, or pass --password-stdin');
	const first = await askHidden('New password: ');
	const again = await askHidden('The same password again: ');
	if (first !== again) throw new UserError('the two passwords differ; nothing was changed');
	return first;
}

export async function userCommand(dbPath: string, args: string[], flags: UserFlags, io: CliIo): Promise<number> {
	const [action, name] = args;
	const db = await openDb(dbPath);
	switch (action) {
		case 'list': {
			for (const u of await listUsers(db)) {
				const clients = u.role === 'account_manager' ? ` clients: ${u.clients.join(', ') || '(none)'}` : '';
				io.out(`${u.name.padEnd(20)} ${u.role.padEnd(15)} ${u.sessions} session(s), since ${u.created_at}${clients}`);
			}
			return 0;
		}
		case 'add': {
			if (!name || !flags.role) throw new UserError(`user add needs a NAME and --role\n  ${usage}`);
			const user = await addUser(db, { name, role: flags.role, clients: flags.clients, password: await newPassword(flags) });
			await audit(db, null, 'user_added', { name: user.name, role: user.role, clients: user.clients });
			io.out(`added ${user.name} (${user.role}${user.clients.length ? `: ${user.clients.join(', ')}` : ''})`);
			return 0;
		}
		case 'role': {
			if (!name || !flags.role) throw new UserError('user role NAME --role ROLE [--clients A,B]');
			const { before, after } = await changeUser(db, name, { role: flags.role, clients: flags.clients });
			await audit(db, null, 'user_changed', { name, before, after });
			io.out(`${name} is now ${after.role}${after.clients.length ? ` (${after.clients.join(', ')})` : ''}`);
			return 0;
		}
		case 'passwd': {
			if (!name) throw new UserError('user passwd needs a NAME');
			await setPassword(db, name, await newPassword(flags));
			await audit(db, null, 'password_changed', { name, by: 'command line' });
			io.out(`password of ${name} changed; their sessions have ended`);
			return 0;
		}
		case 'remove': {
			if (!name) throw new UserError('user remove needs a NAME');
			await removeUser(db, name);
			await audit(db, null, 'user_removed', { name });
			io.out(`removed ${name}`);
			return 0;
		}
		default:
			io.err(`onecall: ${usage}`);
			return 2;
	}
}

export async function auditCommand(dbPath: string, flags: UserFlags, io: CliIo): Promise<number> {
	const entries = await listAudit(await openDb(dbPath), { since: flags.since, limit: 100_000 });
	for (const e of entries.reverse()) io.out(`${e.at} ${e.actor.padEnd(20)} ${e.action.padEnd(16)} ${detailText(e.detail)}`);
	return 0;
}
