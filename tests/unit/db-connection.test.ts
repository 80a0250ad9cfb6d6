// One lent connection shared by sibling queries (Promise.all): when one of them fails, the
// connection is closed only after every statement on it has settled (the /team crash).
import { describe, expect, it } from 'vitest';
import { withConnection } from '../../src/lib/server/db';
import { memoryDb } from '../helpers/db';

const slowCount = 'SELECT count(*)::INTEGER AS n FROM range(30000000) t(i) WHERE i % 7 = 3';

describe('withConnection', () => {
	it('closes the connection only after sibling statements of a failed Promise.all settle', async () => {
		const db = await memoryDb();
		let slowSettled = 0;
		const failure = withConnection(db, (conn) =>
			Promise.all([
				conn.allSql(slowCount).finally(() => slowSettled++),
				conn.allSql("SELECT CAST('not a number' AS INTEGER) AS n"),
				conn.allSql(slowCount).finally(() => slowSettled++)
			])
		);
		await expect(failure).rejects.toThrow(/Conversion Error/);
		// Both slow siblings ran to their end before the connection went.
		expect(slowSettled).toBe(2);
		const [{ n }] = await withConnection(db, (conn) => conn.allSql<{ n: number }>(slowCount));
		expect(n).toBe(4285714);
	});

	it('runs one connection\'s statements one after another, in the order asked', async () => {
		const db = await memoryDb();
		const order: string[] = [];
		await withConnection(db, (conn) =>
			Promise.all([
				conn.allSql(slowCount).then(() => order.push('slow')),
				conn.allSql('SELECT 1 AS n').then(() => order.push('quick'))
			])
		);
		expect(order).toEqual(['slow', 'quick']);
	});

	it('refuses a statement asked after the connection was given back', async () => {
		const db = await memoryDb();
		let kept: { allSql: (sql: string) => Promise<unknown> } | undefined;
		await withConnection(db, async (conn) => {
			kept = conn;
		});
		await expect(kept!.allSql('SELECT 1')).rejects.toThrow(/given back/);
	});

	it('survives many concurrent failing and slow Promise.all batches (no crash)', async () => {
		const db = await memoryDb();
		const batch = () =>
			withConnection(db, (conn) =>
				Promise.all([
					conn.allSql('SELECT count(*) AS n FROM range(3000000) t(i) WHERE i % 3 = 1'),
					conn.allSql("SELECT DATE '2026-08-01' - INTERVAL (i) YEAR AS d FROM range(3) t(i) WHERE CAST('x' || i AS INTEGER) > 0"),
					conn.allSql('SELECT count(*) AS n FROM range(3000000) t(i) WHERE i % 5 = 1')
				])
			);
		const results = await Promise.allSettled(Array.from({ length: 8 }, batch));
		expect(results.every((r) => r.status === 'rejected')).toBe(true);
		const [{ ok }] = await withConnection(db, (conn) => conn.allSql<{ ok: number }>('SELECT 42 AS ok'));
		expect(ok).toBe(42);
	});
});
