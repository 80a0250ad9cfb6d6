// trend_slots (routines/trend_slots.sql) asks the zoned date_trunc per hour, and per slot only
// where a bucket starts inside an hour: each slot's bucket and `whole` equal the per-slot
// date_trunc of every slot, in zones with offsets of whole hours, half and quarter hours and DST.
import { describe, expect, it } from 'vitest';
import { quotedString, withConnection } from '../../src/lib/server/db';
import { memoryDb } from '../helpers/db';

const zones = ['UTC', 'Europe/Amsterdam', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham', 'America/Sao_Paulo', 'Africa/Monrovia'];

describe('trend_slots', () => {
	it('gives each 15-minute slot the bucket and wholeness its own date_trunc gives, in every grain and zone', async () => {
		const db = await memoryDb();
		await withConnection(db, async (conn) => {
			for (const zone of zones) {
				await conn.runSql(`SET TimeZone = ${quotedString(zone)}`);
				for (const grain of ['day', 'week', 'month']) {
					// 2018-19 holds Sao Paulo's DST ending at midnight; 2026 Europe's and America's changes;
					// 1970-71 Monrovia's offset of -0:44:30, which starts every bucket inside a slot.
					for (const [from, to] of [['2018-10-01', '2019-03-01'], ['2026-01-01', '2026-12-01'], ['1970-06-01', '1971-06-01']]) {
						const [row] = await conn.allSql<{ slots: number; wanted: number; differ: number; broken: number }>(
							`WITH got AS (SELECT * FROM trend_slots($from, $to, $grain)),
							      want AS (
							          SELECT slot, date_trunc($grain, make_timestamptz(slot * 900000000)) AS starts,
							                 date_trunc($grain, make_timestamptz(slot * 900000000)) = date_trunc($grain, make_timestamptz(slot * 900000000 + 899999999)) AS whole
							          FROM range(epoch_us(CAST($from AS DATE)::TIMESTAMPTZ) // 900000000, epoch_us(CAST($to AS DATE)::TIMESTAMPTZ) // 900000000 + 1) r(slot))
							 SELECT (SELECT count(*) FROM got)::INTEGER AS slots, (SELECT count(*) FROM want)::INTEGER AS wanted,
							        (SELECT count(*) FROM want FULL JOIN got USING (slot) WHERE want.starts IS DISTINCT FROM got.starts OR want.whole IS DISTINCT FROM got.whole)::INTEGER AS differ,
							        (SELECT count(*) FROM want WHERE NOT whole)::INTEGER AS broken`,
							{ from, to, grain }
						);
						expect(row.differ, `${zone} ${grain} ${from}`).toBe(0);
						expect(row.slots, `${zone} ${grain} ${from}`).toBe(row.wanted);
						expect(row.slots).toBeGreaterThan(10_000);
						if (zone === 'Africa/Monrovia' && from === '1970-06-01') expect(row.broken, grain).toBeGreaterThan(0);
					}
				}
			}
		});
	});
});
