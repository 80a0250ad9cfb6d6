// Satisfaction scales decided from the values (import-csat.ts): non-responses are no score,
// a value off the scale is rejected per row; counts that cannot be counts are rejected too.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { withConnection, type Db } from '../../src/lib/server/db';
import { importFile, type ImportOptions } from '../../src/lib/server/importer';
import { chooseScale, type CsatValue } from '../../src/lib/server/import-csat';
import { metricReport } from '../../src/lib/server/metric/report';
import { localAccess } from '../../src/lib/server/access/scope';
import { fixture, memoryDb, sharedData } from '../helpers/db';

let db: Db;
beforeEach(async () => {
	db = await memoryDb();
});

const all = { from: '2000-01-01', to: '2030-01-01' };
const load = (name: string, options: ImportOptions = {}) => importFile(db, fixture(`csat/${name}`), options);
const scores = () => withConnection(db, (c) => c.allSql<{ ticket_id: string; csat_score: number | null; csat_scale: string | null }>(
	'SELECT ticket_id, csat_score, csat_scale FROM tickets ORDER BY ticket_id'));
const csat = async () => {
	const r = await metricReport(db, localAccess, 'csat', all);
	return [r.numerator, r.denominator];
};

describe('scales from the values', () => {
	it('1-5 with "Offered"/"Unoffered"/"not offered" as non-responses; a 6 is rejected, not counted', async () => {
		const result = await load('one-to-five-offered.csv');
		expect(result).toMatchObject({ rowsLoaded: 8, rowsRejected: 1 });
		expect(result.rejections).toEqual([{ line: 8, column: 'csat_score', reason: 'outside the 1-5 scale: 6' }]);
		expect((await scores()).filter((r) => r.csat_score !== null)).toEqual([
			{ ticket_id: 'C1', csat_score: 5, csat_scale: '1-5' },
			{ ticket_id: 'C2', csat_score: 4, csat_scale: '1-5' },
			{ ticket_id: 'C3', csat_score: 2, csat_scale: '1-5' },
			{ ticket_id: 'C8', csat_score: 1, csat_scale: '1-5' }
		]);
		expect(await csat()).toEqual([2, 4]);
		expect(result.notes).toContain(
			'csat_score: satisfaction read on the 1-5 scale, from its values (1 to 6); 3 non-responses ("not offered", "offered", "unoffered") count as no score; 1 value off the scale rejected'
		);
	});

	it('1-10 when several values lie above 5: 8 and up satisfied', async () => {
		expect((await load('one-to-ten.csv')).rowsRejected).toBe(0);
		expect(new Set((await scores()).map((r) => r.csat_scale))).toEqual(new Set(['1-10']));
		expect(await csat()).toEqual([2, 4]);
	});

	it('0-10 when a 0 is among them', async () => {
		expect((await load('zero-to-ten.csv')).rowsRejected).toBe(0);
		expect(new Set((await scores()).map((r) => r.csat_scale))).toEqual(new Set(['0-10']));
		expect(await csat()).toEqual([2, 4]);
	});

	it('Zendesk Good/Bad', async () => {
		expect((await load('good-bad.csv')).rowsRejected).toBe(0);
		expect(await scores()).toEqual([
			{ ticket_id: 'G1', csat_score: 1, csat_scale: 'good/bad' },
			{ ticket_id: 'G2', csat_score: 0, csat_scale: 'good/bad' },
			{ ticket_id: 'G3', csat_score: 1, csat_scale: 'good/bad' },
			{ ticket_id: 'G4', csat_score: null, csat_scale: null }
		]);
	});

	it("Freshdesk's seven labels score 1..7; only Satisfied and Extremely satisfied count as satisfied; an unknown word is rejected", async () => {
		const result = await load('seven-labels.csv');
		expect(result.rejections).toEqual([{ line: 9, column: 'csat_score', reason: 'not a satisfaction score on the 1-7 scale: Great' }]);
		expect((await scores()).map((r) => [r.ticket_id, r.csat_score, r.csat_scale])).toEqual([
			['F1', 7, '1-7'], ['F2', 6, '1-7'], ['F3', 5, '1-7'], ['F4', 4, '1-7'], ['F5', 3, '1-7'], ['F6', 2, '1-7'], ['F7', 1, '1-7']
		]);
		expect(await csat()).toEqual([2, 7]);
	});

	it('an unknown --csat-scale fails the import, saying which scales there are', async () => {
		await expect(load('one-to-ten.csv', { csatScale: '5 stars' })).rejects.toThrow(
			'one-to-ten.csv: the CSAT scale must be one of 1-5, 1-10, 0-10, good/bad, 1-7, 1-3, not "5 stars" (import failed; nothing of it was stored)'
		);
	});

	it('--csat-scale decides: a 10 on a file said to be 1-5 is rejected', async () => {
		const result = await load('one-to-ten.csv', { csatScale: '1-5' });
		expect(result.rejections.map((r) => r.reason)).toEqual(['outside the 1-5 scale: 10', 'outside the 1-5 scale: 8', 'outside the 1-5 scale: 7']);
	});
});

describe('scores past the profiled rows', () => {
	it('a column empty on the first 20,000 rows is profiled over the whole file', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'onecall-csat-')), 'late-scores.csv');
		const empty = Array.from({ length: 20_000 }, (_, i) => `E${i},2026-01-01T10:00:00Z,`);
		writeFileSync(file, ['ticket_id,created_at,csat_score', ...empty, 'L1,2026-01-02T10:00:00Z,Very satisfied', 'L2,2026-01-02T11:00:00Z,Neutral', ''].join('\n'));
		const result = await importFile(db, file);
		expect(result.rowsRejected).toBe(0);
		expect((await scores()).filter((r) => r.csat_score !== null)).toEqual([
			{ ticket_id: 'L1', csat_score: 5, csat_scale: '1-5' },
			{ ticket_id: 'L2', csat_score: 3, csat_scale: '1-5' }
		]);
	});
});

describe('chooseScale', () => {
	const v = (value: string, n: number): CsatValue => ({ value, n, number: Number.isNaN(Number(value)) ? null : Number(value) });

	it("a recognised format's scale is used when every value fits it, never forced on values it cannot hold", () => {
		expect(chooseScale([v('4', 3), v('5', 2)], undefined, '1-10', 'x').scale).toBe('1-10');
		expect(chooseScale([v('2', 3), v('5', 2), v('offered', 9)], undefined, 'good/bad', 'x').scale).toBe('1-5');
	});

	it('five labels with "very" make 1-5; three with "neutral" make 1-3; two make good/bad', () => {
		expect(chooseScale([v('Very satisfied', 1), v('Dissatisfied', 1)], undefined, undefined, 'x').scale).toBe('1-5');
		expect(chooseScale([v('Awesome', 1), v('Just okay', 1), v('Not good', 1)], undefined, undefined, 'x').scale).toBe('1-3');
		expect(chooseScale([v('Satisfait', 1), v('Insatisfait', 1)], undefined, undefined, 'x').scale).toBe('good/bad');
	});
});

describe('counts', () => {
	it('a negative count and a fractional one are rejected per row, with the reason', async () => {
		const result = await load('bad-counts.csv');
		expect(result).toMatchObject({ rowsLoaded: 1, rowsRejected: 3 });
		expect(result.rejections.map((r) => [r.line, r.column])).toEqual([[3, 'reopen_count'], [4, 'reassignment_count'], [5, 'contact_count']]);
		expect(result.rejections[0].reason).toBe('a count cannot be negative: -3');
		expect(result.rejections[1].reason).toBe('not a whole number: 1.5');
		expect(result.rejections[2].reason).toBe('a count cannot be negative: -1');
	});
});

const zendesk = sharedData('real/zendesk-plum/DA_Assignment.csv');
describe.skipIf(!existsSync(zendesk))('real: Zendesk (1-5 numbers and "Offered")', () => {
	it('CSAT 720/813 = 88.56 %, mean 4.3346; the 4,640 "Offered" are non-responses', async () => {
		const result = await importFile(db, zendesk);
		expect(result.rowsRejected).toBe(0);
		expect(result.notes).toContain('Satisfaction Score: satisfaction read on the 1-5 scale, from its values (1 to 5); 4,640 non-responses ("offered") count as no score');
		const r = await metricReport(db, localAccess, 'csat', all);
		expect([r.numerator, r.denominator]).toEqual([720, 813]);
		expect((r.extra as { mean: number }).mean).toBeCloseTo(4.3346, 4);
	});
});
