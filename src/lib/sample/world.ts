// The fixed world behind the sample export: clients with their sites, services and callers,
// agents in teams, and the year's change calendar. Times are whole minutes since the epoch (UTC).

import { CATEGORIES, CHANGE_SUMMARIES, CLIENTS, FIRST_NAMES, SERVICES, SITE_NAMES, TEAMS, type TeamDef } from './catalog';
import { pad } from './csv-writer';
import { Random, WeightedTable } from './random';

export interface Client {
	name: string;
	weight: number;
	fcrAdj: number;
	csatAdj: number;
	scale: '1-5' | '1-10';
	/** Issue = category index * SERVICES.length + service index, over the services this client runs. */
	issues: WeightedTable<number>;
	callers: WeightedTable<number>;
}

export interface Agent {
	name: string;
	fcrAdj: number;
}

export interface Team {
	def: TeamDef;
	agents: WeightedTable<Agent>;
}

export interface Change {
	id: string;
	service: number;
	/** -1 for shared infrastructure serving every client on that service. */
	client: number;
	plannedStart: number;
	plannedEnd: number;
	actualStart: number;
	actualEnd: number;
	outcome: 'successful' | 'failed' | 'backed_out';
	summary: string;
}

export interface World {
	clients: Client[];
	clientTable: WeightedTable<number>;
	callerIds: string[];
	callerClient: number[];
	callerSite: string[];
	categoryTeams: WeightedTable<Team>[];
	/** Subcategories that fit each issue (category * SERVICES.length + service). */
	issueSubs: number[][];
	/** Clients running a service (null when none does), weighted by size. */
	serviceClients: (WeightedTable<number> | null)[];
	serviceCategories: (WeightedTable<number> | null)[];
	changes: Change[];
	/** Per service, its changes by actual end, for "related change" look-ups. */
	changesByService: Change[][];
}

function buildTeams(rng: Random): Map<string, Team> {
	// Unique "First L." names: shuffle first names so each seed gets a different roster.
	const firsts = rng.shuffle(FIRST_NAMES);
	const used = new Set<string>();
	const teams = new Map<string, Team>();
	let k = 0;
	for (const def of TEAMS) {
		const agents: Agent[] = [];
		const weights: number[] = [];
		for (let i = 0; i < def.agents; i++) {
			let name: string;
			do name = `${firsts[k++ % firsts.length]} ${String.fromCharCode(65 + rng.int(0, 25))}.`;
			while (used.has(name));
			used.add(name);
			// Two weak L1 agents and one in Network: the spread a manager should spot in the team table.
			const weak = (def.name === TEAMS[0].name && (i === 3 || i === 11)) || (def.name === 'Network' && i === 2);
			agents.push({ name, fcrAdj: weak ? -0.22 : rng.normal() * 0.03 });
			weights.push(0.6 + rng.float() * 0.8);
		}
		teams.set(def.name, { def, agents: new WeightedTable(agents, weights) });
	}
	return teams;
}

export function buildWorld(rng: Random, tickets: number): World {
	const teams = buildTeams(rng);
	const categoryTeams = CATEGORIES.map(
		(c) => new WeightedTable(c.teams.map(([t]) => teams.get(t)!), c.teams.map(([, w]) => w))
	);
	const nServices = SERVICES.length;
	const serviceIndex = new Map(SERVICES.map((s, i) => [s.name, i]));
	const catServices = CATEGORIES.map((c) => c.services.map((s) => serviceIndex.get(s)!));
	const issueSubs: number[][] = [];
	CATEGORIES.forEach((c, cat) => {
		const all = c.subcategories.map((_, i) => i);
		for (const s of catServices[cat]) {
			const fit = all.filter((i) => c.subcategories[i][2]?.includes(SERVICES[s].name) ?? true);
			issueSubs[cat * nServices + s] = fit.length ? fit : all;
		}
	});

	const totalWeight = { sum: 0 };
	const drafts = CLIENTS.map((def) => {
		// Log-normal sizes give a few large accounts and a long tail of small ones; the
		// clients that carry a deliberate signal are kept big enough for it to show.
		let weight = rng.lognormal(1, 0.75);
		if (def.fcrAdj !== undefined || def.scale10) weight = Math.max(weight, 1.2);
		totalWeight.sum += weight;
		const nSites = rng.int(1, 3);
		const sites = [`${def.city} HQ`, ...rng.shuffle(SITE_NAMES).slice(0, nSites - 1)];
		const services = SERVICES.map((s) => rng.chance(s.adoption));
		return { def, weight, sites, services };
	});

	// Roughly 4.5 tickets per caller per year: enough callers that repeats are a signal, not noise.
	const nCallers = Math.max(CLIENTS.length * 5, Math.round(tickets / 4.5));
	const callerIds: string[] = [];
	const callerClient: number[] = [];
	const callerSite: string[] = [];
	const clients: Client[] = drafts.map((d, ci) => {
		const issueIds: number[] = [];
		const issueWeights: number[] = [];
		CATEGORIES.forEach((c, cat) => {
			const mine = catServices[cat].filter((s) => d.services[s]);
			for (const s of mine) {
				issueIds.push(cat * nServices + s);
				issueWeights.push(c.weight / mine.length);
			}
		});
		const count = Math.max(5, Math.round((nCallers * d.weight) / totalWeight.sum));
		const ids: number[] = [];
		const weights: number[] = [];
		for (let i = 0; i < count; i++) {
			const id = callerIds.length;
			callerIds.push(`C${pad(id + 1, 5)}`);
			callerClient.push(ci);
			callerSite.push(rng.chance(0.6) ? d.sites[0] : rng.pick(d.sites));
			ids.push(id);
			// Skewed activity, capped so nobody dominates a small client, plus ~2% "frequent flyers".
			weights.push(Math.min(4, rng.lognormal(1, 0.8)) * (rng.chance(0.02) ? 4 : 1));
		}
		return {
			name: d.def.name,
			weight: d.weight,
			fcrAdj: d.def.fcrAdj ?? rng.normal() * 0.025,
			csatAdj: d.def.fcrAdj !== undefined ? -0.06 : rng.normal() * 0.03,
			scale: d.def.scale10 ? '1-10' : '1-5',
			issues: new WeightedTable(issueIds, issueWeights),
			callers: new WeightedTable(ids, weights)
		};
	});

	const serviceClients = SERVICES.map((_, s) => {
		const users = drafts.map((d, ci) => (d.services[s] ? ci : -1)).filter((ci) => ci >= 0);
		return users.length ? new WeightedTable(users, users.map((ci) => drafts[ci].weight)) : null;
	});
	const serviceCategories = SERVICES.map((_, s) => {
		const cats = CATEGORIES.map((_, c) => c).filter((c) => catServices[c].includes(s));
		return cats.length ? new WeightedTable(cats, cats.map((c) => CATEGORIES[c].weight)) : null;
	});

	return {
		clients,
		clientTable: new WeightedTable(clients.map((_, i) => i), clients.map((c) => c.weight)),
		callerIds,
		callerClient,
		callerSite,
		categoryTeams,
		issueSubs,
		serviceClients,
		serviceCategories,
		changes: [],
		changesByService: []
	};
}

/** Fills world.changes: mostly evening and early-morning maintenance windows, ~12% not successful. */
export function buildChanges(rng: Random, world: World, count: number, startMin: number, days: number): void {
	const usable = SERVICES.map((_, s) => s).filter((s) => world.serviceClients[s] !== null);
	const serviceTable = new WeightedTable(usable, usable.map((s) => SERVICES[s].changes));
	const changes: Change[] = [];
	for (let i = 0; i < count; i++) {
		const service = serviceTable.pick(rng);
		const client = rng.chance(0.35) ? -1 : world.serviceClients[service]!.pick(rng);
		// Never in the last two days, so every change has ended (and its fallout begun) inside the window.
		const day = rng.int(0, Math.max(0, days - 2));
		const r = rng.float();
		const minuteOfDay = r < 0.7 ? 18 * 60 + 30 * rng.int(0, 8) : r < 0.9 ? 5 * 60 + 30 * rng.int(0, 4) : 9 * 60 + 30 * rng.int(0, 14);
		const plannedStart = startMin + day * 1440 + minuteOfDay;
		const duration = rng.pick([30, 60, 60, 90, 120, 120, 180, 240]);
		const o = rng.float();
		const outcome = o < 0.88 ? 'successful' : o < 0.94 ? 'failed' : 'backed_out';
		const actualStart = plannedStart + rng.int(-5, 30);
		const overrun = rng.lognormal(outcome === 'successful' ? 1 : 1.3, 0.3);
		changes.push({
			id: '',
			service,
			client,
			plannedStart,
			plannedEnd: plannedStart + duration,
			actualStart,
			actualEnd: actualStart + Math.max(10, Math.round(duration * overrun)),
			outcome,
			summary: rng.pick(CHANGE_SUMMARIES).replace('{service}', SERVICES[service].name)
		});
	}
	changes.sort((a, b) => a.plannedStart - b.plannedStart || a.service - b.service);
	changes.forEach((c, i) => (c.id = `CHG${pad(i + 1, 7)}`));
	world.changes = changes;
	world.changesByService = SERVICES.map((_, s) =>
		changes.filter((c) => c.service === s).sort((a, b) => a.actualEnd - b.actualEnd)
	);
}
