// Periods, buckets and durations in the reporting time zone, pinned to Europe/Amsterdam
// across the 29 March 2026 DST change (02:00 CET -> 03:00 CEST), against UTC.
import { beforeAll, describe, expect, it } from 'vitest';
import { quotedString, withConnection, type Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { writeSetting } from '../../src/lib/server/settings';
import { metricReport } from '../../src/lib/server/metric/report';
import { drilldown } from '../../src/lib/server/metric/drilldown';
import { fixture, memoryDb } from '../helpers/db';
import { localAccess } from '../../src/lib/server/access/scope';

/** A fresh database whose reporting zone is set through the settings, then applied as db.ts does. */
async function dbIn(zone: string): Promise<Db> {
	const db = await memoryDb();
	await withConnection(db, async (c) => {
		await writeSetting(c, 'timezone', JSON.stringify(zone));
		const { tz } = await c.one<{ tz: string }>('settings/timezone');
		await c.runSql(`SET GLOBAL TimeZone = ${quotedString(tz)}`);
	});
	await importFile(db, fixture('metric-dst-tickets.csv'));
	return db;
}

let amsterdam: Db;
let utc: Db;
beforeAll(async () => {
	amsterdam = await dbIn('Europe/Amsterdam');
	utc = await dbIn('UTC');
});

// 29-31 March: three local days, 71 hours long in Amsterdam.
const period = { from: '2026-03-29', to: '2026-04-01' };
const ids = async (db: Db) =>
	(await drilldown(db, { metric: 'volume', part: 'numerator', filters: period, access: localAccess, sort: 'occurred_at', dir: 'asc' })).rows;

describe('reporting time zone across a DST change', () => {
	it('puts tickets near midnight in the local day', async () => {
		// D2 23:00Z is 00:00 CET on the 29th; D6 22:00Z on the 31st is 00:00 CEST on 1 April.
		expect((await ids(amsterdam)).map((r) => r.item_id)).toEqual(['D2', 'D3', 'D4', 'D5']);
		// In UTC the same dates hold D3 (00:30Z on the 29th) to D6 (22:00Z on the 31st).
		expect((await ids(utc)).map((r) => r.item_id)).toEqual(['D3', 'D4', 'D5', 'D6']);
	});

	it('shows local times with the offset of the day', async () => {
		const rows = await ids(amsterdam);
		expect(rows.map((r) => r.occurred_at)).toEqual([
			'2026-03-29T00:00:00+01:00', // D2, still CET
			'2026-03-29T01:30:00+01:00', // D3, half an hour before the jump
			'2026-03-30T00:30:00+02:00', // D4, CEST
			'2026-03-31T23:59:59+02:00' // D5
		]);
	});

	it('buckets days in the local zone, the short day included', async () => {
		const { trend } = await metricReport(amsterdam, localAccess, 'volume', period, { grain: 'day' });
		// 29th: D2, D3; 30th: D4; 31st: D5.
		expect(trend!.map((t) => [t.bucket, t.value])).toEqual([['2026-03-29', 2], ['2026-03-30', 1], ['2026-03-31', 1]]);
	});

	it('measures durations in elapsed hours, not wall-clock hours', async () => {
		const r = await metricReport(amsterdam, localAccess, 'resolution_time', period);
		// D2 00:00 CET -> 05:00 CEST is 4 h elapsed (5 on the clock); D3 01:30 CET -> 04:30 CEST is 2 h;
		// D4 1 h; D5 30 min 1 s. Median of .5003 1 2 4 = 1.5.
		expect(r.value).toBeCloseTo(1.5, 9);
		expect(r.n).toBe(4);
	});

	it('takes the previous period in local days too', async () => {
		const r = await metricReport(amsterdam, localAccess, 'volume', period);
		// 26-29 March local: only D1 (23:59:59 CET on the 28th).
		expect(r.previous_period).toEqual({ from: '2026-03-26', to: '2026-03-29' });
		expect(r.previous?.value).toBe(1);
	});
});
