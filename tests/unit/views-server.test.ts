// The dashboards' server functions (src/lib/server/views) on the hand-checked headline
// fixture, January 2026: filter choices, narrowed drill-downs, repeat windows, changes, clients.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { importFile } from '../../src/lib/server/importer';
import { clientPack, clientsView } from '../../src/lib/server/views/clients';
import { changesView } from '../../src/lib/server/views/changes';
import { filterOptions } from '../../src/lib/server/views/common';
import { repeatView } from '../../src/lib/server/views/repeat';
import { ticketsView } from '../../src/lib/server/views/tickets';
import { teamView } from '../../src/lib/server/views/team';
import { fixture, memoryDb } from '../helpers/db';
import { localAccess } from '../../src/lib/server/access/scope';

const jan = 'from=2026-01-01&to=2026-02-01';
const q = (extra = '') => new URLSearchParams(`${jan}${extra ? '&' + extra : ''}`);
let db: Db;

beforeAll(async () => {
	db = await memoryDb();
	await importFile(db, fixture('headline-tickets.csv'));
	await importFile(db, fixture('headline-changes.csv'));
});

describe('views', () => {
	it('lists each filter’s choices from all the data', async () => {
		const o = await filterOptions(db, localAccess, { first_day: '2025-12-28', last_day: '2026-02-01', tickets: 12 });
		expect(o.client).toEqual(['Acme', 'Globex', 'Initech']);
		expect(o.priority).toEqual(['P1', 'P2', 'P3', 'P4']);
		expect(o.team).toEqual(['Network', 'Service Desk', 'Workplace']);
	});

	it('narrows the drill-down to one caller', async () => {
		const all = await ticketsView(db, localAccess, q('metric=volume'));
		expect(all.total).toBe(10);
		const a = await ticketsView(db, localAccess, q('metric=volume&caller=A'));
		expect(a.total).toBe(3);
		expect(a.rows.map((r) => r.item_id)).toEqual(['T2', 'T4', 'T10']);
	});

	it('narrows CSAT responses to one score of one scale', async () => {
		const two = await ticketsView(db, localAccess, q('metric=csat&part=denominator&scale=1-5&score=2'));
		expect(two.rows.map((r) => r.item_id)).toEqual(['T3']);
		const nine = await ticketsView(db, localAccess, q('metric=csat&part=denominator&scale=1-10&score=9'));
		expect(nine.rows.map((r) => r.item_id)).toEqual(['T6']);
		// A score off its scale is no narrowing at all (the chip would promise a list that cannot exist).
		const off = await ticketsView(db, localAccess, q('metric=csat&part=denominator&scale=1-5&score=9'));
		expect(off.score).toBeNull();
	});

	it('counts repeat contacts for another window, in the rate and in the list alike', async () => {
		// T2, T4 (exactly 7 days), T5, T7 repeat within 7 days; T10 only within 30 (22 days).
		const seven = await repeatView(db, localAccess, q());
		expect(seven.window).toBe(7);
		expect(seven.current).toEqual({ rate: 4 / 9, numerator: 4, denominator: 9 });
		expect(seven.trend).toHaveLength(31);
		expect(seven.trend.reduce((n, t) => n + t.numerator, 0)).toBe(4);
		expect(seven.trend.find((t) => t.bucket === '2026-01-09')).toMatchObject({ numerator: 1, denominator: 1, rate: 1 });
		const thirty = await repeatView(db, localAccess, q('window=30'));
		expect(thirty.current.numerator).toBe(5);
		const list = await ticketsView(db, localAccess, q('metric=repeat_contacts&within=30'));
		expect(list.rows.map((r) => r.item_id).sort()).toEqual(['T10', 'T2', 'T4', 'T5', 'T7']);
		expect(thirty.callers.map((c) => [c.caller_id, c.tickets, c.list.length])).toEqual([['A', 3, 3]]);
	});

	it('shows the changes that caused incidents with each incident’s delay', async () => {
		const v = await changesView(db, localAccess, q());
		expect(v.caused.numerator).toBe(1);
		expect(v.top.map((c) => c.change_id)).toEqual(['CHG1']);
		expect(v.top[0].incidents).toMatchObject([{ ticket_id: 'T6', hours_after_end: 2 }]);
		const list = await ticketsView(db, localAccess, q('metric=change_caused&change=CHG1'));
		expect(list.total).toBe(1);
		const none = await ticketsView(db, localAccess, q('metric=change_caused&change=CHG3'));
		expect(none.total).toBe(0);
	});

	it('gives each client its numbers and a meeting pack', async () => {
		const list = await clientsView(db, localAccess, q());
		expect(list.clients.map((c) => [c.client, c.metrics.volume.current.value])).toEqual([
			['Acme', 5],
			['Globex', 4],
			['Initech', 1]
		]);
		const pack = await clientPack(db, localAccess, q(), 'Globex');
		expect(pack.headline.tickets).toBe(4);
		expect(pack.causedTotal).toBe(1);
		expect(pack.caused[0].item_id).toBe('T6');
		expect(pack.lowestRated[0].item_id).toBe('T8');
	});

	it('puts agents and teams side by side', async () => {
		const v = await teamView(db, localAccess, q());
		expect(v.teams.map((t) => t.key)).toEqual(['Service Desk', 'Network', 'Workplace']);
		const ann = v.agents.find((a) => a.key === 'Ann')!;
		expect(ann.metrics.volume?.current.value).toBe(4);
		expect(v.trendMetric).toBe('fcr');
		expect(v.trends.map((t) => t.team)).toEqual(['Service Desk', 'Network', 'Workplace']);
	});
});
