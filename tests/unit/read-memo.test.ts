// The per-database memo of what the data was (ReadMemo): an answer is kept across connections
// until a statement that may write runs, whichever connection runs it, and one read while a write ran is not kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, withConnection, type Db } from '../../src/lib/server/db';
import { memoryDb } from '../helpers/db';

describe('ReadMemo', () => {
	let db: Db;
	let reads = 0;
	const count = () =>
		withConnection(db, (conn) =>
			conn.memo('notes', async () => {
				reads++;
				const [{ n }] = await conn.allSql<{ n: number }>('SELECT count(*)::INTEGER AS n FROM memo_notes');
				return n;
			})
		);
	beforeAll(async () => {
		db = await memoryDb();
		await withConnection(db, (conn) => conn.runSql('CREATE TABLE memo_notes (note VARCHAR)'));
	});
	afterAll(() => closeDb(db));

	it('keeps an answer across connections until a write, by runSql or by a statement that returns rows', async () => {
		reads = 0;
		expect(await count()).toBe(0);
		expect(await count()).toBe(0);
		expect(reads).toBe(1);
		// Plain reads on any connection keep it (one that so much as names a writing statement does not).
		await withConnection(db, (conn) => conn.allSql('-- read only\nWITH n AS (SELECT count(*) AS n FROM memo_notes) SELECT n FROM n'));
		expect(await count()).toBe(0);
		expect(reads).toBe(1);
		await withConnection(db, (conn) => conn.runSql("INSERT INTO memo_notes VALUES ('a')"));
		expect(await count()).toBe(1);
		expect(reads).toBe(2);
		await withConnection(db, (conn) => conn.allSql("INSERT INTO memo_notes VALUES ('b') RETURNING note"));
		expect(await count()).toBe(2);
		expect(reads).toBe(3);
		// A read that begins like one but writes (a comment first) counts as a write too.
		await withConnection(db, (conn) => conn.allSql("-- a note\nWITH x AS (SELECT 'c' AS note) INSERT INTO memo_notes SELECT note FROM x RETURNING note").catch(() => conn.runSql("INSERT INTO memo_notes VALUES ('c')")));
		expect(await count()).toBe(3);
		expect(reads).toBe(4);
	});

	it('does not keep an answer read while a write ran', async () => {
		const before = await count();
		const reading = withConnection(db, (conn) =>
			conn.memo('slow', async () => {
				await withConnection(db, (other) => other.runSql("INSERT INTO memo_notes VALUES ('d')"));
				return 'read during a write';
			})
		);
		expect(await reading).toBe('read during a write');
		let asked = 0;
		expect(await withConnection(db, (conn) => conn.memo('slow', async () => (asked++, 'read again')))).toBe('read again');
		expect(asked).toBe(1);
		expect(await count()).toBe(before + 1);
	});
});
