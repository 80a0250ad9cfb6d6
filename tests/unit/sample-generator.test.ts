// Properties of the seeded sample generator that the shipped data/sample relies on:
// exact headers, determinism, ordering, referential links and the FCR/CSAT shape the dashboards show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { CHANGE_HEADER, TICKET_HEADER, writeSample, type SampleOptions } from '../../src/lib/sample/generator';

type Row = Record<string, string>;

const END = new Date('2026-11-01T00:00:00Z');
const START = Date.UTC(2025, 10, 1);
const opts = (seed: number): SampleOptions => ({ tickets: 2000, seed, end: END });

let root = '';
let ticketsText = '';
let changesText = '';
let tickets: Row[] = [];
let changes: Row[] = [];

const parse = (text: string): Row[] => {
	const result = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	return result.data;
};
const ms = (s: string): number => Date.parse(s);
const isResolved = (r: Row): boolean => r.resolved_at !== '' || (r.closed_at !== '' && r.status !== 'Cancelled');
// The product brief's default: an explicit flag decides, else no hand-off, no reopen, at most one contact.
const isFcr = (r: Row): boolean =>
	r.first_contact_resolved !== ''
		? r.first_contact_resolved === 'true'
		: r.reassignment_count === '0' && r.reopen_count === '0' && Number(r.contact_count) <= 1;
const isSatisfied = (r: Row): boolean => Number(r.csat_score) / (r.csat_scale === '1-10' ? 10 : 5) >= 0.75;

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'onecall-sample-'));
	const result = await writeSample(join(root, 'a'), opts(42));
	ticketsText = await readFile(result.ticketsFile, 'utf8');
	changesText = await readFile(result.changesFile, 'utf8');
	tickets = parse(ticketsText);
	changes = parse(changesText);
	expect(result.tickets).toBe(tickets.length);
	expect(result.changes).toBe(changes.length);
});

afterAll(async () => {
	if (root) await rm(root, { recursive: true, force: true });
});

describe('sample generator', () => {
	it('writes the exact canonical headers with LF line endings', () => {
		expect(ticketsText.slice(0, ticketsText.indexOf('\n'))).toBe(
			'ticket_id,source,created_at,first_response_at,resolved_at,closed_at,sla_due_at,sla_met,caller_id,client,site,agent,team,channel,priority,category,subcategory,service,status,reopen_count,reassignment_count,contact_count,first_contact_resolved,caused_by_change,related_change,csat_score,csat_scale,subject'
		);
		expect(changesText.slice(0, changesText.indexOf('\n'))).toBe(
			'change_id,service,client,planned_start,planned_end,actual_start,actual_end,outcome,summary'
		);
		expect(TICKET_HEADER.split(',')).toHaveLength(28);
		expect(CHANGE_HEADER.split(',')).toHaveLength(9);
		expect(ticketsText).not.toContain('\r');
		expect(ticketsText.endsWith('\n')).toBe(true);
	});

	it('writes the requested number of tickets, quoting only where needed', () => {
		expect(tickets).toHaveLength(2000);
		expect(changes.length).toBeGreaterThan(10);
		// Subjects with commas and quotes round-trip through the parser, and none spans lines.
		expect(tickets.some((r) => r.subject.includes('"'))).toBe(true);
		expect(tickets.some((r) => r.subject.includes(','))).toBe(true);
		expect(tickets.every((r) => !/[\r\n]/.test(r.subject))).toBe(true);
		expect(ticketsText).toMatch(/\n[^"\n]*,"[^"\n]*""[^\n]*/);
	});

	it('is byte-identical for the same seed and differs for another seed', async () => {
		const again = await writeSample(join(root, 'b'), opts(42));
		expect(await readFile(again.ticketsFile, 'utf8')).toBe(ticketsText);
		expect(await readFile(again.changesFile, 'utf8')).toBe(changesText);
		const other = await writeSample(join(root, 'c'), opts(43));
		expect(await readFile(other.ticketsFile, 'utf8')).not.toBe(ticketsText);
	});

	it('has unique ids, well-formed values and created_at ascending inside the window', () => {
		expect(new Set(tickets.map((r) => r.ticket_id)).size).toBe(tickets.length);
		expect(new Set(changes.map((r) => r.change_id)).size).toBe(changes.length);
		const stamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/;
		let previous = -Infinity;
		for (const r of tickets) {
			expect(r.ticket_id).toMatch(/^INC\d{7,}$/);
			expect(r.caller_id).toMatch(/^C\d{5,}$/);
			expect(r.source).toBe('sample');
			expect(r.created_at).toMatch(stamp);
			const created = ms(r.created_at);
			expect(created).toBeGreaterThanOrEqual(previous);
			expect(created).toBeGreaterThanOrEqual(START);
			expect(created).toBeLessThan(END.getTime());
			previous = created;
			for (const k of ['first_response_at', 'resolved_at', 'closed_at'] as const) {
				if (r[k]) {
					expect(ms(r[k])).toBeGreaterThanOrEqual(created);
					expect(ms(r[k])).toBeLessThan(END.getTime());
				}
			}
			if (r.resolved_at && r.closed_at) expect(ms(r.closed_at)).toBeGreaterThanOrEqual(ms(r.resolved_at));
			expect(['P1', 'P2', 'P3', 'P4']).toContain(r.priority);
			expect(['phone', 'email', 'portal', 'chat', 'walk-in']).toContain(r.channel);
		}
	});

	it('keeps statuses consistent with the timestamps', () => {
		for (const r of tickets) {
			if (r.status === 'Cancelled') expect([r.resolved_at, r.closed_at !== '']).toEqual(['', true]);
			else if (['New', 'In Progress', 'On Hold'].includes(r.status)) expect(r.resolved_at + r.closed_at).toBe('');
			else {
				expect(['Resolved', 'Closed']).toContain(r.status);
				expect(r.resolved_at).not.toBe('');
			}
		}
		const open = tickets.filter((r) => r.resolved_at === '' && r.status !== 'Cancelled');
		expect(open.length / tickets.length).toBeGreaterThan(0.005);
		expect(open.length / tickets.length).toBeLessThan(0.05);
	});

	it('links change-caused incidents to existing changes, opened within a day of the change', () => {
		const byId = new Map(changes.map((c) => [c.change_id, c]));
		const caused = tickets.filter((r) => r.caused_by_change);
		expect(caused.length).toBeGreaterThan(0);
		for (const r of caused) {
			const change = byId.get(r.caused_by_change);
			expect(change).toBeDefined();
			expect(r.service).toBe(change!.service);
			if (change!.client) expect(r.client).toBe(change!.client);
			const lag = ms(r.created_at) - ms(change!.actual_end);
			expect(lag).toBeGreaterThan(0);
			expect(lag).toBeLessThanOrEqual(24 * 3600_000);
		}
		for (const r of tickets.filter((t) => t.related_change)) expect(byId.has(r.related_change)).toBe(true);
		for (const c of changes) expect(['successful', 'failed', 'backed_out']).toContain(c.outcome);
	});

	it('has an FCR rate in the 68-75 % band and happier callers when fixed first time', () => {
		const resolved = tickets.filter(isResolved);
		const fcr = resolved.filter(isFcr).length / resolved.length;
		expect(fcr).toBeGreaterThanOrEqual(0.68);
		expect(fcr).toBeLessThanOrEqual(0.75);

		const rated = resolved.filter((r) => r.csat_score !== '');
		expect(rated.length / resolved.length).toBeGreaterThan(0.28);
		expect(rated.length / resolved.length).toBeLessThan(0.42);
		const fcrRated = rated.filter(isFcr);
		const fcrShareOfRated = fcrRated.length / rated.length;
		expect(fcrShareOfRated).toBeGreaterThanOrEqual(0.65);
		expect(fcrShareOfRated).toBeLessThanOrEqual(0.78);
		const satisfied = (rows: Row[]): number => rows.filter(isSatisfied).length / rows.length;
		const otherRated = rated.filter((r) => !isFcr(r));
		expect(satisfied(fcrRated)).toBeGreaterThan(satisfied(otherRated) + 0.15);
		expect(satisfied(fcrRated)).toBeGreaterThan(0.8);
	});

	it('has a realistic share of repeat contacts within 7 days', () => {
		const lastSeen = new Map<string, number>();
		let repeats = 0;
		for (const r of tickets) {
			const t = ms(r.created_at);
			const before = lastSeen.get(r.caller_id);
			if (before !== undefined && before < t && t - before <= 7 * 86_400_000) repeats++;
			lastSeen.set(r.caller_id, t);
		}
		const share = repeats / tickets.length;
		expect(share).toBeGreaterThan(0.15);
		expect(share).toBeLessThan(0.3);
	});

	it('rejects options it cannot honour', async () => {
		await expect(writeSample(join(root, 'd'), { ...opts(1), tickets: 0 })).rejects.toThrow(RangeError);
		await expect(writeSample(join(root, 'd'), { ...opts(1), end: new Date('2026-11-01T12:00:00Z') })).rejects.toThrow(
			RangeError
		);
	});
});
