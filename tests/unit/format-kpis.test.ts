// The Overview's KPI tiles as data: values, deltas with the right "good" direction,
// bases, definitions and screen-reader text, and "—" rather than 0 % for missing data.
import { describe, expect, it } from 'vitest';
import { kpis } from '../../src/lib/components/kpis';
import type { HeadlineMetrics, PeriodMetrics } from '../../src/lib/server/metrics';

const sp = '\u00a0';

const period = (over: Partial<PeriodMetrics> = {}): PeriodMetrics => ({
	period: { from: '2026-08-01', to: '2026-11-01' },
	tickets: 560,
	fcr: { rate: 412 / 560, numerator: 412, denominator: 560, excluded: 12 },
	repeat_contacts: { rate: 0.1, numerator: 50, denominator: 500, window_days: 7 },
	repeat_callers: { count: 8, threshold: 3 },
	change_caused: { rate: 0.05, numerator: 28, denominator: 560, linked: 4, suspected: 3 },
	csat: { rate: 0.8, satisfied: 80, responses: 100, mean: 4.21 },
	sla: { rate: 0.9, numerator: 450, denominator: 500 },
	resolution_hours: { median: 2.5, p90: 74.4 },
	...over
});

const metrics = (current: Partial<PeriodMetrics>, previous: Partial<PeriodMetrics>): HeadlineMetrics => ({
	...period(current),
	previous: period({ period: { from: '2026-05-03', to: '2026-08-01' }, ...previous })
});

const byKey = (m: HeadlineMetrics) => Object.fromEntries(kpis(m).map((k) => [k.key, k]));

describe('KPI tiles', () => {
	it('lists the eight headline metrics, thesis metrics first', () => {
		expect(kpis(metrics({}, {})).map((k) => k.key)).toEqual([
			'fcr', 'csat', 'repeat_contacts', 'change_caused', 'sla', 'resolution', 'tickets', 'repeat_callers'
		]);
	});

	it('shows FCR with its basis, exclusions and a judged delta', () => {
		const t = byKey(metrics({}, { fcr: { rate: 0.7, numerator: 350, denominator: 500, excluded: 0 } })).fcr;
		expect(t.value).toBe(`73.6${sp}%`);
		expect(t.basis).toBe('412 of 560 resolved tickets');
		expect(t.definition).toBe('Resolved without reassignment, reopen or repeat contact; 12 tickets could not be judged');
		expect(t.delta).toMatchObject({ text: `+3.6${sp}pp`, tone: 'good' });
		expect(t.ariaLabel).toContain('First-contact resolution: 73.6');
		expect(t.ariaLabel).toContain('up 3.6 percentage points on the previous period, better');
	});

	it('treats a rise in repeat contacts, change-caused share and resolution time as bad', () => {
		const t = byKey(
			metrics(
				{},
				{
					repeat_contacts: { rate: 0.08, numerator: 40, denominator: 500, window_days: 7 },
					change_caused: { rate: 0.04, numerator: 20, denominator: 500, linked: 0, suspected: 0 },
					resolution_hours: { median: 2, p90: 50 }
				}
			)
		);
		expect(t.repeat_contacts.delta.tone).toBe('bad');
		expect(t.change_caused.delta.tone).toBe('bad');
		expect(t.resolution.delta).toMatchObject({ text: `+25.0${sp}%`, tone: 'bad' });
		expect(t.change_caused.basis).toBe('28 of 560 tickets · 4 linked, 3 suspected');
		expect(t.resolution.value).toBe(`2.5${sp}h`);
		expect(t.resolution.basis).toBe(`90th percentile 3.1${sp}d`);
	});

	it('keeps volume neutral and shows the CSAT mean and window days', () => {
		const t = byKey(metrics({ tickets: 616 }, {}));
		expect(t.tickets).toMatchObject({ value: '616', basis: '560 in the previous period' });
		expect(t.tickets.delta).toMatchObject({ text: `+10.0${sp}%`, tone: 'neutral' });
		expect(t.csat.basis).toBe('80 of 100 responses satisfied · mean score 4.2');
		expect(t.repeat_contacts.definition).toContain('7 days');
		expect(t.repeat_callers.definition).toBe('Callers with 3 or more tickets in the period');
	});

	it('shows "—" and no delta for missing rates, never 0 %', () => {
		const none = { rate: null, numerator: 0, denominator: 0 };
		const t = byKey(metrics({ csat: { rate: null, satisfied: 0, responses: 0, mean: null }, sla: none }, {}));
		expect(t.csat).toMatchObject({ value: '—', hasValue: false });
		expect(t.csat.delta.text).toBeNull();
		expect(t.csat.ariaLabel).toMatch(/^Satisfaction \(CSAT\): no data/);
		expect(t.sla.value).toBe('—');
		expect(t.csat.basis).toBe('No survey responses');
		expect(t.sla.basis).toBe('No tickets with a known SLA outcome');
	});

	it('does not compare with a previous period that has no tickets', () => {
		const none = { rate: null, numerator: 0, denominator: 0 };
		const empty = period({
			tickets: 0,
			fcr: { ...none, excluded: 0 },
			repeat_contacts: { ...none, window_days: 7 },
			repeat_callers: { count: 0, threshold: 3 },
			change_caused: { ...none, linked: 0, suspected: 0 },
			csat: { rate: null, satisfied: 0, responses: 0, mean: null },
			sla: none,
			resolution_hours: { median: null, p90: null }
		});
		const tiles = kpis({ ...period(), previous: empty });
		expect(tiles.map((k) => k.delta.text)).toEqual(Array(8).fill(null));
		expect(byKey({ ...period(), previous: empty }).tickets.ariaLabel).toContain('no tickets in the previous period');
		// And an empty current period reads "No resolved tickets", not "0 of 0".
		expect(byKey({ ...empty, previous: period() }).fcr.basis).toBe('No resolved tickets');
	});
});
