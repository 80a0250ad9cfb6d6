// The Overview's KPI tiles as plain data: value, delta, basis and definition for each
// headline metric, so the wording is tested without a DOM and every tile reads alike.
import type { HeadlineMetrics } from '$lib/server/metrics';
import { formatCount, formatDelta, formatHours, formatPercent, plural, type Delta } from '$lib/format';
import type { DrillTarget } from './drill';

export type KpiKey = 'fcr' | 'repeat_contacts' | 'change_caused' | 'csat' | 'sla' | 'resolution' | 'tickets' | 'repeat_callers';

export interface Kpi {
	key: KpiKey;
	label: string;
	value: string;
	/** False when the value is "—": the tile then says "no data" rather than a number. */
	hasValue: boolean;
	delta: Delta;
	/** The value of the previous period, formatted, for the tooltip and screen readers. */
	previous: string;
	/** What the number is made of: "412 of 560 resolved tickets". */
	basis: string;
	definition: string;
	/** One sentence for assistive technology: value, basis and delta. */
	ariaLabel: string;
	/** The tickets behind the value (a rate: everything it is over) and behind its numerator. */
	drill: DrillTarget;
	numeratorDrill?: DrillTarget;
	/** The metric library's name, for the tile's sparkline. */
	metric: string;
	/** An industry reference where product.md gives one. */
	reference?: string;
}

type Draft = Omit<Kpi, 'hasValue' | 'ariaLabel' | 'drill' | 'numeratorDrill' | 'metric' | 'reference'>;

// Which metric of the library each tile is, and whether its value is a rate over a denominator.
const sources: Record<KpiKey, { metric: string; rate: boolean }> = {
	fcr: { metric: 'fcr', rate: true },
	csat: { metric: 'csat', rate: true },
	repeat_contacts: { metric: 'repeat_contacts', rate: true },
	change_caused: { metric: 'change_caused', rate: true },
	sla: { metric: 'sla', rate: true },
	resolution: { metric: 'resolution_time', rate: false },
	tickets: { metric: 'volume', rate: false },
	repeat_callers: { metric: 'repeat_callers', rate: false }
};

function finish(d: Draft): Kpi {
	const { metric, rate } = sources[d.key];
	const links = rate
		? { drill: { metric, part: 'denominator' as const }, numeratorDrill: { metric } }
		: { drill: { metric, part: metric === 'resolution_time' ? ('denominator' as const) : undefined } };
	const reference = d.key === 'fcr' ? 'Industry average 70–74 %, world class 80 %+' : undefined;
	const hasValue = d.value !== '—';
	const value = hasValue ? d.value : 'no data';
	const previous = d.previous === '—' ? '' : ` (previous period ${d.previous})`;
	return {
		...d,
		...links,
		metric,
		...(reference ? { reference } : {}),
		hasValue,
		ariaLabel: `${d.label}: ${value}, ${d.basis}; ${d.delta.spoken}${hasValue ? previous : ''}.`
	};
}

/** "412 of 560 resolved tickets", or "no resolved tickets" rather than "0 of 0". */
const basis = (numerator: number, denominator: number, noun: string, tail = ''): string =>
	denominator === 0 ? `No ${noun}s${tail}` : `${formatCount(numerator)} of ${plural(denominator, noun)}${tail}`;

const noPrevious: Delta = { text: null, direction: 'flat', tone: 'neutral', spoken: 'no tickets in the previous period to compare with' };

/** The tiles in reading order: the thesis metrics first, then the desk's standard stats. */
export function kpis(m: HeadlineMetrics): Kpi[] {
	const p = m.previous;
	const fcrExcluded = m.fcr.excluded > 0 ? `; ${plural(m.fcr.excluded, 'ticket')} could not be judged` : '';
	const csatMean = m.csat.mean === null ? '' : ` · mean score ${m.csat.mean.toFixed(1)}`;
	const changeSide = [
		m.change_caused.linked > 0 ? `${formatCount(m.change_caused.linked)} linked` : '',
		m.change_caused.suspected > 0 ? `${formatCount(m.change_caused.suspected)} suspected` : ''
	].filter(Boolean);
	const drafts: Draft[] = [
		{
			key: 'fcr',
			label: 'First-contact resolution',
			value: formatPercent(m.fcr.rate),
			previous: formatPercent(p.fcr.rate),
			delta: formatDelta(m.fcr.rate, p.fcr.rate, 'points', 'up'),
			basis: basis(m.fcr.numerator, m.fcr.denominator, 'resolved ticket'),
			definition: `Resolved without reassignment, reopen or repeat contact${fcrExcluded}`
		},
		{
			key: 'csat',
			label: 'Satisfaction (CSAT)',
			value: formatPercent(m.csat.rate),
			previous: formatPercent(p.csat.rate),
			delta: formatDelta(m.csat.rate, p.csat.rate, 'points', 'up'),
			basis: m.csat.responses === 0 ? 'No survey responses' : `${formatCount(m.csat.satisfied)} of ${plural(m.csat.responses, 'response')} satisfied${csatMean}`,
			definition: 'Share of survey responses scoring 4–5 of 5, or the same on other scales'
		},
		{
			key: 'repeat_contacts',
			label: 'Repeat contacts',
			value: formatPercent(m.repeat_contacts.rate),
			previous: formatPercent(p.repeat_contacts.rate),
			delta: formatDelta(m.repeat_contacts.rate, p.repeat_contacts.rate, 'points', 'down'),
			basis: basis(m.repeat_contacts.numerator, m.repeat_contacts.denominator, 'ticket', ' with a known caller'),
			definition: `Caller had opened another ticket in the ${m.repeat_contacts.window_days} days before`
		},
		{
			key: 'change_caused',
			label: 'Caused by our changes',
			value: formatPercent(m.change_caused.rate),
			previous: formatPercent(p.change_caused.rate),
			delta: formatDelta(m.change_caused.rate, p.change_caused.rate, 'points', 'down'),
			basis:
				basis(m.change_caused.numerator, m.change_caused.denominator, 'ticket') +
				(changeSide.length ? ` · ${changeSide.join(', ')}` : ''),
			definition: 'Recorded as caused by a change; merely linked or suspected ones are not counted'
		},
		{
			key: 'sla',
			label: 'SLA attainment',
			value: formatPercent(m.sla.rate),
			previous: formatPercent(p.sla.rate),
			delta: formatDelta(m.sla.rate, p.sla.rate, 'points', 'up'),
			basis: m.sla.denominator === 0 ? 'No tickets with a known SLA outcome' : `${formatCount(m.sla.numerator)} of ${plural(m.sla.denominator, 'ticket')} met the target`,
			definition: 'Met the SLA flag, due date or priority target, of tickets with a known outcome'
		},
		{
			key: 'resolution',
			label: 'Resolution time (median)',
			value: formatHours(m.resolution_hours.median),
			previous: formatHours(p.resolution_hours.median),
			delta: formatDelta(m.resolution_hours.median, p.resolution_hours.median, 'relative', 'down'),
			basis: m.resolution_hours.p90 === null ? 'No resolved tickets' : `90th percentile ${formatHours(m.resolution_hours.p90)}`,
			definition: 'Time from opening to resolution, calendar hours'
		},
		{
			key: 'tickets',
			label: 'Tickets',
			value: formatCount(m.tickets),
			previous: formatCount(p.tickets),
			delta: formatDelta(m.tickets, p.tickets, 'relative', 'neutral'),
			basis: `${formatCount(p.tickets)} in the previous period`,
			definition: 'Tickets opened in the period, whatever their state'
		},
		{
			key: 'repeat_callers',
			label: 'Repeat callers',
			value: formatCount(m.repeat_callers.count),
			previous: formatCount(p.repeat_callers.count),
			delta: formatDelta(m.repeat_callers.count, p.repeat_callers.count, 'relative', 'down'),
			basis: `${formatCount(p.repeat_callers.count)} in the previous period`,
			definition: `Callers with ${m.repeat_callers.threshold} or more tickets in the period`
		}
	];
	// Against a period without any ticket every delta is "up from 0" or "—": say so once, plainly.
	return drafts.map((d) => finish(p.tickets === 0 ? { ...d, delta: noPrevious } : d));
}
