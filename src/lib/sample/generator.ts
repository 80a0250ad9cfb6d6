// Deterministic, seeded generator of the sample helpdesk export shipped in data/sample.
// Streams tickets.csv and changes.csv in chunks so a million-ticket benchmark never holds a file in memory.

import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ChunkedWriter, csv, iso, pad } from './csv-writer';
import { CATEGORIES, CHANNELS, FOLLOW_UP_PREFIXES, L1, OUTAGE_SUBJECTS, PRIORITIES, SERVICES } from './catalog';
import { dayCounts, HOURS_WEEKDAY, HOURS_WEEKEND, planBursts, type Burst } from './calendar';
import { deriveSeed, Random, WeightedTable } from './random';
import { buildChanges, buildWorld, type World } from './world';

export interface SampleOptions {
	tickets: number;
	seed: number;
	/** Exclusive end of the window, at UTC midnight. */
	end: Date;
	/** Length of the window in calendar months; default 12. */
	months?: number;
}

export interface SampleResult {
	tickets: number;
	changes: number;
	ticketsFile: string;
	changesFile: string;
}

export const TICKET_HEADER =
	'ticket_id,source,created_at,first_response_at,resolved_at,closed_at,sla_due_at,sla_met,caller_id,client,site,agent,team,channel,priority,category,subcategory,service,status,reopen_count,reassignment_count,contact_count,first_contact_resolved,caused_by_change,related_change,csat_score,csat_scale,subject';
export const CHANGE_HEADER = 'change_id,service,client,planned_start,planned_end,actual_start,actual_end,outcome,summary';

const DAY = 1440; // all times are whole minutes since the epoch
const WEEK = 7 * DAY;
/** Probability of a first-contact fix before team, agent, client, channel and priority adjustments; tuned so the overall rate lands near 71 %. */
const FCR_BASE = 0.77;
/** Share of tickets that are a caller coming back within the week; on top of the repeats that heavy callers produce by chance. */
const FOLLOW_UP = 0.1;
/** Median minutes to first response by priority (P1..P4) when nobody picks up straight away. */
const FIRST_RESPONSE_MEDIAN = [5, 12, 40, 90];

interface Recent {
	t: number;
	caller: number;
	issue: number;
	sub: number;
	subject: string;
}

/** Tickets of the last week, oldest first, to draw callbacks from without keeping the whole year. */
class RecentWindow {
	private items: Recent[] = [];
	private head = 0;

	push(r: Recent): void {
		this.items.push(r);
	}

	/** Drops tickets at or before `limit`, compacting now and then so memory stays at about one week. */
	trim(limit: number): void {
		while (this.head < this.items.length && this.items[this.head].t <= limit) this.head++;
		if (this.head > 4096 && this.head * 2 > this.items.length) {
			this.items = this.items.slice(this.head);
			this.head = 0;
		}
	}

	pick(rng: Random): Recent | null {
		const n = this.items.length - this.head;
		return n > 0 ? this.items[this.head + Math.floor(rng.float() * n)] : null;
	}
}

const clamp = (p: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, p));

class TicketFactory {
	private n = 0;
	private readonly all = new RecentWindow();
	/** Tickets that were not fixed first time: the usual reason somebody calls back. */
	private readonly unfixed = new RecentWindow();
	private readonly escaped = new Map<string, string>();
	private readonly channels = new WeightedTable(CHANNELS, CHANNELS.map((c) => c[1]));
	private readonly outageChannels = new WeightedTable(CHANNELS, [60, 12, 10, 18, 0]);
	private readonly priorities = new WeightedTable(PRIORITIES, PRIORITIES.map((p) => p[1]));
	private readonly outagePriorities = new WeightedTable(PRIORITIES, [8, 30, 50, 12]);

	constructor(
		private readonly rng: Random,
		private readonly world: World,
		private readonly endMin: number,
		/** Tickets created from here on are mostly still open at export time. */
		private readonly openFrom: number
	) {}

	private esc(s: string): string {
		let e = this.escaped.get(s);
		if (e === undefined) this.escaped.set(s, (e = csv(s)));
		return e;
	}

	private freshIssue(client: number): { issue: number; sub: number } {
		const issue = this.world.clients[client].issues.pick(this.rng);
		return { issue, sub: this.rng.pick(this.world.issueSubs[issue]) };
	}

	private related(t: number, service: number): string {
		const list = this.world.changesByService[service];
		let lo = 0;
		let hi = list.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (list[mid].actualEnd < t) lo = mid + 1;
			else hi = mid;
		}
		const c = lo > 0 ? list[lo - 1] : null;
		return c && t - c.actualEnd <= 2 * WEEK ? c.id : '';
	}

	row(t: number, burst: Burst | null): string {
		const { rng, world } = this;
		const NS = SERVICES.length;
		this.all.trim(t - WEEK);
		this.unfixed.trim(t - WEEK);

		let caller: number;
		let issue: number;
		let sub: number;
		let subject = '';
		/** Subject without a follow-up prefix, so a callback's callbacks do not read "Re: Re: ...". */
		let baseSubject = '';
		let followUp = false;
		const prev = !burst && rng.chance(FOLLOW_UP) ? (rng.chance(0.75) ? this.unfixed : this.all).pick(rng) : null;
		if (burst) {
			const c = burst.change;
			const client = c.client >= 0 ? c.client : world.serviceClients[c.service]!.pick(rng);
			caller = world.clients[client].callers.pick(rng);
			issue = world.serviceCategories[c.service]!.pick(rng) * NS + c.service;
			sub = rng.pick(world.issueSubs[issue]);
			subject = baseSubject = rng.pick(OUTAGE_SUBJECTS).replace('{service}', SERVICES[c.service].name);
		} else if (prev && prev.t < t) {
			followUp = true;
			caller = prev.caller;
			// Most callbacks are about the same unfixed problem: the "same-issue repeat" view.
			const same = rng.chance(0.6);
			({ issue, sub } = same ? prev : this.freshIssue(world.callerClient[caller]));
			if (same) {
				baseSubject = prev.subject;
				subject = rng.pick(FOLLOW_UP_PREFIXES) + baseSubject;
			}
		} else {
			const client = world.clientTable.pick(rng);
			caller = world.clients[client].callers.pick(rng);
			({ issue, sub } = this.freshIssue(client));
		}
		const cat = Math.floor(issue / NS);
		const service = issue % NS;
		const category = CATEGORIES[cat];
		const [subName, subjects] = category.subcategories[sub];
		const client = world.clients[world.callerClient[caller]];
		const site = world.callerSite[caller];
		const serviceName = SERVICES[service].name;
		if (!subject) subject = baseSubject = rng.pick(subjects).replace('{service}', serviceName).replace('{site}', site);

		const team = world.categoryTeams[cat].pick(rng);
		const agent = team.agents.pick(rng);
		let channel = (burst ? this.outageChannels : this.channels).pick(rng);
		// Nobody walks up to the desk at night.
		if (channel[0] === 'walk-in' && (t % DAY < 7 * 60 || t % DAY >= 18 * 60)) channel = CHANNELS[0];
		const priority = (burst ? this.outagePriorities : this.priorities).pick(rng);
		const pFcr =
			FCR_BASE + team.def.fcr + category.fcrAdj + agent.fcrAdj + client.fcrAdj + channel[2] + priority[4] -
			(followUp ? 0.12 : 0) - (burst ? 0.1 : 0);
		const fcr = rng.chance(clamp(pFcr, 0.05, 0.97));
		let reassign = 0;
		let reopen = 0;
		let contacts = 1;
		if (!fcr) {
			// A first contact that did not fix it shows as at least one of: a hand-off, a reopen, another contact.
			if (rng.chance(team.def.name === L1 ? 0.7 : 0.92)) reassign = rng.chance(0.6) ? 1 : rng.chance(0.6) ? 2 : rng.int(3, 5);
			if (rng.chance(0.28)) reopen = rng.chance(0.8) ? 1 : rng.int(2, 3);
			if (rng.chance(channel[0] === 'email' ? 0.5 : 0.38) || (reassign === 0 && reopen === 0)) {
				contacts = rng.chance(0.6) ? 2 : rng.chance(0.7) ? 3 : 4;
			}
		}

		const pIdx = PRIORITIES.indexOf(priority);
		const live = channel[0] === 'phone' || channel[0] === 'chat' || channel[0] === 'walk-in';
		let firstResponse = t + (live && rng.chance(0.8) ? rng.int(0, 3) : Math.round(rng.lognormal(FIRST_RESPONSE_MEDIAN[pIdx], 0.9)));
		let resolveMin = Math.round(60 * rng.lognormal(priority[3] * team.def.speed * (fcr ? 0.7 : 1.8), 1.1));
		if (reopen > 0) resolveMin += Math.round(rng.lognormal(2 * DAY, 0.6));
		const resolved = t + Math.max(2, resolveMin);
		firstResponse = Math.min(firstResponse, resolved);
		const due = t + priority[2] * 60;

		let state: 'done' | 'cancelled' | 'open' = !burst && rng.chance(0.015) ? 'cancelled' : 'done';
		const cancelledAt = t + Math.max(5, Math.round(rng.lognormal(120, 1)));
		if (state === 'cancelled' && cancelledAt >= this.endMin) state = 'open';
		if (state === 'done' && (resolved >= this.endMin || (t >= this.openFrom && rng.chance(0.8)))) state = 'open';

		let status: string;
		let resolvedAt = -1;
		let closedAt = -1;
		let agentName = agent.name;
		if (state === 'open') {
			if (firstResponse >= this.endMin || rng.chance(0.25)) {
				// Nobody has picked it up yet: no response, no assignee, nothing counted.
				status = 'New';
				firstResponse = -1;
				agentName = '';
				reassign = reopen = 0;
				contacts = 1;
			} else status = rng.chance(0.7) ? 'In Progress' : 'On Hold';
		} else if (state === 'cancelled') {
			status = 'Cancelled';
			closedAt = cancelledAt;
			firstResponse = Math.min(firstResponse, cancelledAt);
			reassign = reopen = 0;
			contacts = 1;
		} else {
			resolvedAt = resolved;
			// Callers confirm some fixes quickly; the rest auto-close after three days.
			const close = resolved + (rng.chance(0.35) ? Math.round(rng.lognormal(240, 1)) : 3 * DAY + rng.int(0, 59));
			if (close < this.endMin) closedAt = close;
			status = closedAt >= 0 ? 'Closed' : 'Resolved';
		}

		const done = state === 'done';
		// Explicit flags on a minority of rows, so both the derived and the explicit paths in the app are exercised.
		const slaMet = done && rng.chance(0.1) ? String(resolved <= due) : '';
		const fcrFlag = done && rng.chance(0.05) ? String(fcr) : '';
		let csat = '';
		if (done && rng.chance(0.35)) {
			const satisfied = rng.chance(clamp((fcr ? 0.88 : 0.55) + client.csatAdj, 0.05, 0.98));
			if (client.scale === '1-10') csat = String(satisfied ? rng.int(8, 10) : rng.pick([2, 3, 4, 5, 5, 6, 6, 7, 7, 7]));
			else csat = String(satisfied ? (rng.chance(0.6) ? 5 : 4) : rng.pick([1, 2, 2, 3, 3, 3]));
		}
		let caused = '';
		let related = '';
		if (burst) {
			if (burst.link === 0) caused = burst.change.id;
			else if (burst.link === 1) related = burst.change.id;
		} else if (rng.chance(0.004)) related = this.related(t, service);

		const entry: Recent = { t, caller, issue, sub, subject: baseSubject };
		this.all.push(entry);
		if (!fcr) this.unfixed.push(entry);

		return [
			`INC${pad(++this.n, 7)}`, 'sample', iso(t), iso(firstResponse), iso(resolvedAt), iso(closedAt), iso(due), slaMet,
			world.callerIds[caller], this.esc(client.name), this.esc(site), this.esc(agentName), this.esc(team.def.name),
			channel[0], priority[0], this.esc(category.name), this.esc(subName), this.esc(serviceName), status,
			reopen, reassign, contacts, fcrFlag, caused, related, csat, csat ? client.scale : '', csv(subject)
		].join(',');
	}
}

async function writeChanges(world: World, path: string): Promise<void> {
	const out = new ChunkedWriter(path);
	try {
		out.push(CHANGE_HEADER);
		for (const c of world.changes) {
			const client = c.client >= 0 ? csv(world.clients[c.client].name) : '';
			const line = [
				c.id, csv(SERVICES[c.service].name), client, iso(c.plannedStart), iso(c.plannedEnd), iso(c.actualStart),
				iso(c.actualEnd), c.outcome, csv(c.summary)
			].join(',');
			if (out.push(line)) await out.flush();
		}
		await out.close();
	} catch (e) {
		out.abort();
		throw e;
	}
}

interface TimeWindow {
	startMin: number;
	days: number;
}

/** Streams the tickets day by day; returns how many were written. */
async function writeTickets(
	factory: TicketFactory,
	rng: Random,
	path: string,
	span: TimeWindow,
	counts: number[],
	bursts: Burst[]
): Promise<number> {
	const hourTables = [HOURS_WEEKDAY, HOURS_WEEKEND].map((h) => new WeightedTable(h.map((_, i) => i), h));
	const out = new ChunkedWriter(path);
	let written = 0;
	let b = 0;
	// Synchronous on purpose: awaiting once per row (rather than once per full chunk) costs seconds at a million rows.
	const emit = (t: number, burst: Burst | null): boolean => {
		written++;
		return out.push(factory.row(t, burst));
	};
	try {
		out.push(TICKET_HEADER);
		for (let d = 0; d < span.days; d++) {
			const dayStart = span.startMin + d * DAY;
			const dow = new Date(dayStart * 60_000).getUTCDay();
			const hours = hourTables[dow === 0 || dow === 6 ? 1 : 0];
			const minutes = new Int32Array(counts[d]);
			for (let i = 0; i < minutes.length; i++) minutes[i] = hours.pick(rng) * 60 + rng.int(0, 59);
			minutes.sort();
			for (const m of minutes) {
				// Merge the change fallout into the day's arrivals so the file stays in created_at order.
				while (b < bursts.length && bursts[b].t <= dayStart + m) if (emit(bursts[b].t, bursts[b++])) await out.flush();
				if (emit(dayStart + m, null)) await out.flush();
			}
			while (b < bursts.length && bursts[b].t < dayStart + DAY) if (emit(bursts[b].t, bursts[b++])) await out.flush();
		}
		await out.close();
	} catch (e) {
		out.abort();
		throw e;
	}
	return written;
}

export async function writeSample(dir: string, opts: SampleOptions): Promise<SampleResult> {
	const months = opts.months ?? 12;
	if (!Number.isInteger(opts.tickets) || opts.tickets < 1) throw new RangeError('tickets must be a positive integer');
	if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a positive integer');
	if (!Number.isFinite(opts.seed)) throw new RangeError('seed must be a number');
	const endMs = opts.end instanceof Date ? opts.end.getTime() : NaN;
	if (!Number.isFinite(endMs) || endMs % 86_400_000 !== 0) throw new RangeError('end must be a valid date at UTC midnight');
	const seed = Math.trunc(opts.seed) >>> 0;
	const startMin = Date.UTC(opts.end.getUTCFullYear(), opts.end.getUTCMonth() - months, opts.end.getUTCDate()) / 60_000;
	const endMin = endMs / 60_000;
	const span: TimeWindow = { startMin, days: (endMin - startMin) / DAY };

	const world = buildWorld(new Random(deriveSeed(seed, 1)), opts.tickets);
	const changeRng = new Random(deriveSeed(seed, 2));
	// Changes scale with volume (about one per 50 tickets, ~400 a year at 20k) to keep their fallout realistic.
	buildChanges(changeRng, world, Math.max(3, Math.round(opts.tickets / 50)), startMin, span.days);
	const bursts = planBursts(changeRng, world.changes, endMin, Math.floor(opts.tickets * 0.08));
	const counts = dayCounts(new Random(deriveSeed(seed, 3)), startMin, span.days, opts.tickets - bursts.length);

	const root = resolve(dir);
	await mkdir(root, { recursive: true });
	const ticketsFile = join(root, 'tickets.csv');
	const changesFile = join(root, 'changes.csv');
	// Written under temporary names and renamed at the end, so a failed run never leaves a half sample behind.
	const partial = [`${changesFile}.partial`, `${ticketsFile}.partial`];
	let written: number;
	try {
		await writeChanges(world, partial[0]);
		const rng = new Random(deriveSeed(seed, 4));
		// The last ~2% of the window is recent enough that most of its tickets are still open.
		const factory = new TicketFactory(rng, world, endMin, endMin - Math.round((endMin - startMin) * 0.02));
		written = await writeTickets(factory, rng, partial[1], span, counts, bursts);
	} catch (e) {
		await Promise.all(partial.map((p) => rm(p, { force: true })));
		throw e;
	}
	await rename(partial[0], changesFile);
	await rename(partial[1], ticketsFile);
	return { tickets: written, changes: world.changes.length, ticketsFile, changesFile };
}

/**
 * The changes a sample gives a burst of tickets after, with the burst's size: the ground
 * truth the change-impact evaluation scores against. Same seeds and order as writeSample.
 */
export function sampleBursts(opts: SampleOptions): Map<string, number> {
	const months = opts.months ?? 12;
	const seed = Math.trunc(opts.seed) >>> 0;
	const startMin = Date.UTC(opts.end.getUTCFullYear(), opts.end.getUTCMonth() - months, opts.end.getUTCDate()) / 60_000;
	const endMin = opts.end.getTime() / 60_000;
	const world = buildWorld(new Random(deriveSeed(seed, 1)), opts.tickets);
	const changeRng = new Random(deriveSeed(seed, 2));
	buildChanges(changeRng, world, Math.max(3, Math.round(opts.tickets / 50)), startMin, (endMin - startMin) / DAY);
	const sizes = new Map<string, number>();
	for (const b of planBursts(changeRng, world.changes, endMin, Math.floor(opts.tickets * 0.08))) sizes.set(b.change.id, (sizes.get(b.change.id) ?? 0) + 1);
	return sizes;
}
