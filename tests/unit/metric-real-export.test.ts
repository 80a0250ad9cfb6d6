// The metric library on the real exports of ../shared/data/: each file is mapped to the
// canonical columns here, imported, and the SQL's numbers are checked against counts
// made independently in JavaScript. Skipped, with a message, where the folder is absent.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { metricReport } from '../../src/lib/server/metric/report';
import { drilldown } from '../../src/lib/server/metric/drilldown';
import { memoryDb, sharedData } from '../helpers/db';
import { localAccess } from '../../src/lib/server/access/scope';

const kaggle = sharedData('synthetic-customer-support-tickets.csv');
const bpic = sharedData('bpic2013-volvo-service-requests.csv');
const present = existsSync(kaggle) && existsSync(bpic);
if (!present) console.warn('metric-real-export: ../shared/data/ is absent; the real-export tests are skipped');

type Raw = Record<string, string>;
const parse = (file: string): Raw[] =>
	Papa.parse<Raw>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

async function load(rows: Record<string, string | number | null>[]): Promise<Db> {
	const file = join(mkdtempSync(join(tmpdir(), 'onecall-real-')), 'canonical.csv');
	writeFileSync(file, Papa.unparse(rows));
	const db = await memoryDb();
	const result = await importFile(db, file);
	expect(result.rowsRejected).toBe(0);
	return db;
}

const all = { from: '2000-01-01', to: '2030-01-01' };

describe.skipIf(!present)('synthetic Kaggle support tickets (CSAT on 1-5)', () => {
	let raw: Raw[];
	let db: Db;
	beforeAll(async () => {
		raw = parse(kaggle);
		db = await load(
			raw.map((r) => ({
				ticket_id: r['Ticket ID'],
				created_at: `${r['Date of Purchase']}T00:00:00Z`,
				resolved_at: r['Ticket Status'] === 'Closed' ? r['Time to Resolution'] : null,
				status: r['Ticket Status'],
				caller_id: r['Customer Email'],
				channel: r['Ticket Channel'],
				priority: r['Ticket Priority'],
				category: r['Ticket Type'],
				subject: r['Ticket Subject'],
				csat_score: r['Customer Satisfaction Rating'] || null,
				csat_scale: '1-5'
			}))
		);
	});

	it('counts every ticket and the satisfied share of the ratings', async () => {
		const rated = raw.filter((r) => r['Customer Satisfaction Rating'] !== '');
		const satisfied = rated.filter((r) => Number(r['Customer Satisfaction Rating']) >= 4);
		// 8,469 tickets; 2,769 closed ones rated; 4s and 5s: 543 + 544.
		expect([raw.length, rated.length, satisfied.length]).toEqual([8469, 2769, 1087]);
		expect((await metricReport(db, localAccess, 'volume', all)).value).toBe(raw.length);
		const csat = await metricReport(db, localAccess, 'csat', all, { by: 'channel' });
		expect(csat).toMatchObject({ numerator: satisfied.length, denominator: rated.length, small_sample: false });
		for (const row of csat.rows!) {
			const inChannel = rated.filter((r) => r['Ticket Channel'] === row.key);
			expect([row.numerator, row.denominator], row.key ?? '').toEqual([
				inChannel.filter((r) => Number(r['Customer Satisfaction Rating']) >= 4).length,
				inChannel.length
			]);
		}
		const mean = rated.reduce((s, r) => s + Number(r['Customer Satisfaction Rating']), 0) / rated.length;
		expect((csat.extra as { mean: number }).mean).toBeCloseTo(mean, 9);
		// Every closed ticket carries a rating.
		expect((csat.extra as { response_rate: { value: number } }).response_rate.value).toBe(1);
		const list = await drilldown(db, { metric: 'csat', part: 'numerator', filters: all, access: localAccess, sort: 'item_id', dir: 'asc' }, 1, 1);
		expect(list.total).toBe(satisfied.length);
	});
});

describe.skipIf(!present)('BPIC 2013 Volvo service requests (event log; "never left L1" as the FCR flag)', () => {
	interface Sr {
		id: string;
		created: number;
		last: number;
		lastStatus: string;
		levels: Set<string>;
		team: string;
		impact: string;
	}
	let srs: Sr[];
	let db: Db;
	beforeAll(async () => {
		// Collapsed to one row per request: first and last event, the latest state, every level seen.
		const byId = new Map<string, Sr>();
		for (const e of parse(bpic)) {
			const at = Date.parse(e['Change Date+Time']);
			const sr = byId.get(e['SR Number']) ?? {
				id: e['SR Number'], created: at, last: -Infinity, lastStatus: '', levels: new Set<string>(), team: '', impact: ''
			};
			sr.created = Math.min(sr.created, at);
			if (at >= sr.last) Object.assign(sr, { last: at, lastStatus: e.Status, team: e['Involved ST'], impact: e['SR Latest Impact'] });
			sr.levels.add(e['ST Level']);
			byId.set(sr.id, sr);
		}
		srs = [...byId.values()];
		const iso = (ms: number) => new Date(ms).toISOString();
		db = await load(
			srs.map((s) => ({
				ticket_id: s.id,
				created_at: iso(s.created),
				resolved_at: s.lastStatus === 'Completed' ? iso(s.last) : null,
				status: s.lastStatus,
				team: s.team,
				priority: s.impact,
				first_contact_resolved: [...s.levels].every((l) => l === 'L1') ? 'Y' : 'N'
			}))
		);
	});

	it('gives FCR as completed requests that never left L1, decided by the flag', async () => {
		const completed = srs.filter((s) => s.lastStatus === 'Completed');
		const l1 = completed.filter((s) => [...s.levels].every((l) => l === 'L1'));
		expect(srs).toHaveLength(7554);
		const fcr = await metricReport(db, localAccess, 'fcr', all, { by: 'priority' });
		expect(fcr).toMatchObject({ numerator: l1.length, denominator: completed.length, excluded: 0 });
		expect(fcr.definition.basis).toEqual([{ basis: 'flag', count: completed.length }]);
		expect(fcr.rows!.reduce((n, r) => n + (r.numerator ?? 0), 0)).toBe(l1.length);
	});

	it('gives the median resolution time in elapsed hours', async () => {
		const hours = srs
			.filter((s) => s.lastStatus === 'Completed')
			.map((s) => (s.last - s.created) / 3_600_000)
			.sort((a, b) => a - b);
		const at = (q: number) => {
			const pos = q * (hours.length - 1);
			const lo = Math.floor(pos);
			return hours[lo] + (pos - lo) * ((hours[lo + 1] ?? hours[lo]) - hours[lo]);
		};
		const r = await metricReport(db, localAccess, 'resolution_time', all);
		expect(r.n).toBe(hours.length);
		expect(r.value).toBeCloseTo(at(0.5), 6);
		expect(r.p90).toBeCloseTo(at(0.9), 6);
	});
});
