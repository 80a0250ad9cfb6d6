// Display formatting: percents, durations, counts, deltas with their good/bad tone,
// and date ranges in words, including the half-open `to` shown as the last day.
import { describe, expect, it } from 'vitest';
import { formatComparison, formatCount, formatDay, formatDelta, formatHours, formatPercent, formatRange, plural } from '../../src/lib/format';

const sp = '\u00a0';

describe('formatPercent', () => {
	it('shows one decimal and a unit that does not wrap', () => {
		expect(formatPercent(0.7357)).toBe(`73.6${sp}%`);
		expect(formatPercent(1)).toBe(`100.0${sp}%`);
		expect(formatPercent(0)).toBe(`0.0${sp}%`);
	});
	it('never turns a missing rate into 0 %', () => {
		expect(formatPercent(null)).toBe('—');
		expect(formatPercent(undefined)).toBe('—');
		expect(formatPercent(Number.NaN)).toBe('—');
	});
});

describe('formatHours', () => {
	it('picks minutes, hours or days', () => {
		expect(formatHours(0.4)).toBe(`24${sp}min`);
		expect(formatHours(2.46)).toBe(`2.5${sp}h`);
		expect(formatHours(47.9)).toBe(`47.9${sp}h`);
		expect(formatHours(74.4)).toBe(`3.1${sp}d`);
		expect(formatHours(null)).toBe('—');
	});
});

describe('formatCount and plural', () => {
	it('groups thousands', () => {
		expect(formatCount(12345)).toBe('12,345');
		expect(formatCount(0)).toBe('0');
		expect(formatCount(null)).toBe('—');
	});
	it('agrees in number', () => {
		expect(plural(1, 'ticket')).toBe('1 ticket');
		expect(plural(1200, 'ticket')).toBe('1,200 tickets');
		expect(plural(0, 'response')).toBe('0 responses');
	});
});

describe('formatDelta', () => {
	it('compares rates in percentage points and judges the direction', () => {
		expect(formatDelta(0.736, 0.715, 'points', 'up')).toMatchObject({ text: `+2.1${sp}pp`, direction: 'up', tone: 'good' });
		expect(formatDelta(0.736, 0.715, 'points', 'down')).toMatchObject({ direction: 'up', tone: 'bad' });
		const fall = formatDelta(0.1, 0.15, 'points', 'down');
		expect(fall).toMatchObject({ text: `\u22125.0${sp}pp`, direction: 'down', tone: 'good' });
		expect(fall.spoken).toBe('down 5.0 percentage points on the previous period, better');
	});
	it('compares counts and durations as a relative change', () => {
		expect(formatDelta(110, 100, 'relative', 'neutral')).toMatchObject({ text: `+10.0${sp}%`, tone: 'neutral' });
		expect(formatDelta(30, 40, 'relative', 'down')).toMatchObject({ text: `\u221225.0${sp}%`, tone: 'good' });
	});
	it('says "no change" when the rounded change is zero, without a sign', () => {
		expect(formatDelta(0.5001, 0.5, 'points', 'up')).toMatchObject({ text: 'no change', direction: 'flat', tone: 'neutral' });
		expect(formatDelta(0.4999, 0.5, 'points', 'up').text).toBe('no change');
	});
	it('has nothing to compare when either side is missing', () => {
		expect(formatDelta(null, 0.5, 'points', 'up')).toMatchObject({ text: null, tone: 'neutral' });
		expect(formatDelta(0.5, null, 'points', 'up').text).toBeNull();
	});
	it('does not divide by a previous zero', () => {
		expect(formatDelta(5, 0, 'relative', 'down')).toMatchObject({ text: 'up from 0', direction: 'up', tone: 'bad' });
		expect(formatDelta(0, 0, 'relative', 'down').text).toBe('no change');
	});
});

describe('date ranges in words', () => {
	it('formats a day', () => {
		expect(formatDay('2026-08-03')).toBe('3 Aug 2026');
		expect(formatDay('2026-08-03', false)).toBe('3 Aug');
	});
	it('shows the exclusive end as the inclusive last day', () => {
		expect(formatRange('2026-08-01', '2026-11-01')).toBe('1 Aug – 31 Oct 2026');
		expect(formatRange('2026-08-01', '2026-09-01')).toBe('1–31 Aug 2026');
		expect(formatRange('2025-12-01', '2026-03-01')).toBe('1 Dec 2025 – 28 Feb 2026');
		expect(formatRange('2026-08-01', '2026-08-02')).toBe('1 Aug 2026');
	});
	it('states the comparison period', () => {
		expect(
			formatComparison({ from: '2026-08-01', to: '2026-11-01' }, { from: '2026-05-03', to: '2026-08-01' })
		).toBe('1 Aug – 31 Oct 2026, compared with 3 May – 31 Jul 2026');
	});
});
