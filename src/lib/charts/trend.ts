// Pure ECharts option builders for the Overview's weekly trends (rows in, option out),
// so the charts are tested without a DOM; Chart.svelte only renders what these return.
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import type { TrendRow } from '$lib/server/overview';
import { addDays } from '$lib/filters';
import { formatCount, formatDay, formatPercent } from '$lib/format';
import { fontFamily, grid, rowTooltip, type ChartComponentOption } from './common';
import { lightPalette, type Palette } from './palette';

export type TrendOption = ComposeOption<BarSeriesOption | LineSeriesOption | ChartComponentOption>;

/** One week of the chart: counts as stored, rates derived, and how much of it is in the period. */
export interface WeekRow {
	/** Monday the week starts, as the trend query's date_trunc('week') gives it. */
	week: string;
	/** Days of this week inside the period: the first and last week are often partial. */
	days: number;
	tickets: number;
	fcr_numerator: number;
	fcr_denominator: number;
	/** Null, not 0, when no ticket could be judged: the line shows a gap. */
	fcr_rate: number | null;
	csat_satisfied: number;
	csat_responses: number;
	csat_rate: number | null;
	change_caused: number;
}

const monday = (day: string): string => {
	const weekday = new Date(day + 'T00:00:00Z').getUTCDay();
	return addDays(day, -((weekday + 6) % 7));
};

const rate = (numerator: number, denominator: number): number | null =>
	denominator > 0 ? numerator / denominator : null;

/**
 * Every week of the period, including weeks without a ticket (rows may leave them
 * out), so a quiet week shows as 0 tickets and a gap in rates.
 */
export function weekRows(rows: TrendRow[], period: { from: string; to: string }): WeekRow[] {
	const byWeek = new Map(rows.map((r) => [r.bucket, r]));
	const weeks = new Set<string>();
	for (let w = monday(period.from); w < period.to; w = addDays(w, 7)) weeks.add(w);
	for (const r of rows) weeks.add(r.bucket);
	return [...weeks].sort().map((week) => {
		const r = byWeek.get(week);
		const start = week < period.from ? period.from : week;
		const end = addDays(week, 7) > period.to ? period.to : addDays(week, 7);
		const days = Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000));
		const n = {
			tickets: r?.tickets ?? 0,
			fcr_numerator: r?.fcr_numerator ?? 0,
			fcr_denominator: r?.fcr_denominator ?? 0,
			csat_satisfied: r?.csat_satisfied ?? 0,
			csat_responses: r?.csat_responses ?? 0,
			change_caused: r?.change_caused ?? 0
		};
		return {
			week,
			days,
			...n,
			fcr_rate: rate(n.fcr_numerator, n.fcr_denominator),
			csat_rate: rate(n.csat_satisfied, n.csat_responses)
		};
	});
}

const weekLabel = (row: WeekRow): string => {
	const partial = row.days < 7 ? ` (${row.days} of 7 days in range)` : '';
	return `Week of ${formatDay(row.week)}${partial}`;
};

// Tooltip text is built only from numbers and dates the builder computed itself.
const tooltip = (p: Palette, line: (row: WeekRow) => string): TooltipComponentOption => rowTooltip(p, 'axis', weekLabel, line);

function base(rows: WeekRow[], p: Palette, tip: (row: WeekRow) => string): TrendOption {
	const spansYears = rows.length > 0 && rows[0].week.slice(0, 4) !== rows[rows.length - 1].week.slice(0, 4);
	return {
		animationDuration: 300,
		textStyle: { fontFamily, color: p.text },
		dataset: { source: rows as unknown as Record<string, number | string | null>[] },
		grid,
		tooltip: tooltip(p, tip),
		xAxis: {
			type: 'category',
			axisTick: { show: false },
			axisLine: { lineStyle: { color: p.axis } },
			axisLabel: {
				color: p.muted,
				hideOverlap: true,
				formatter: (week: string) =>
					spansYears ? `${formatDay(week, false)} ’${week.slice(2, 4)}` : formatDay(week, false)
			}
		}
	};
}

const countAxis = (p: Palette) => ({
	type: 'value' as const,
	minInterval: 1,
	splitNumber: 4,
	axisLabel: { color: p.muted, formatter: (v: number) => formatCount(v) },
	splitLine: { lineStyle: { color: p.grid } }
});

const percentAxis = (p: Palette) => ({
	type: 'value' as const,
	min: 0,
	max: 1,
	interval: 0.2,
	axisLabel: { color: p.muted, formatter: (v: number) => `${Math.round(v * 100)} %` },
	splitLine: { lineStyle: { color: p.grid } }
});

// Isolated points between gaps vanish without a symbol; on long ranges symbols are clutter.
const symbols = (rows: WeekRow[]) => ({ showSymbol: rows.length <= 26, symbolSize: 6, connectNulls: false });

// A partial week's count is not comparable with a full week's, so its bar is lighter.
const partialAware = (color: string) => (params: { data: unknown }) =>
	(params.data as WeekRow).days < 7 ? color + '66' : color;

/** Weekly ticket volume as bars; partial first/last weeks are drawn lighter. */
export function volumeOption(rows: WeekRow[], p: Palette = lightPalette): TrendOption {
	return {
		...base(rows, p, (r) => `${formatCount(r.tickets)} tickets`),
		yAxis: countAxis(p),
		series: [
			{
				type: 'bar',
				name: 'Tickets',
				encode: { x: 'week', y: 'tickets' },
				barMaxWidth: 28,
				itemStyle: { borderRadius: [3, 3, 0, 0], color: partialAware(p.primary) }
			}
		]
	};
}

/** Weekly FCR rate, 0–100 %, against the industry-average band and the world-class line. */
export function fcrOption(rows: WeekRow[], p: Palette = lightPalette): TrendOption {
	return {
		...base(rows, p, (r) =>
			r.fcr_rate === null
				? 'No resolved ticket could be judged'
				: `${formatPercent(r.fcr_rate)} FCR · ${formatCount(r.fcr_numerator)} of ${formatCount(r.fcr_denominator)}`
		),
		yAxis: percentAxis(p),
		series: [
			{
				type: 'line',
				name: 'FCR rate',
				encode: { x: 'week', y: 'fcr_rate' },
				...symbols(rows),
				lineStyle: { width: 2, color: p.primary },
				itemStyle: { color: p.primary },
				markArea: {
					silent: true,
					// Labelled in the card's HTML legend: inside a 4 %-high band a label overlaps the line.
					label: { show: false },
					itemStyle: { color: p.band },
					data: [[{ name: 'Industry average 70–74 %', yAxis: 0.7 }, { yAxis: 0.74 }]]
				},
				markLine: {
					silent: true,
					symbol: 'none',
					lineStyle: { color: p.reference, type: 'dashed', width: 1 },
					label: { show: false },
					data: [{ name: 'World class 80 %', yAxis: 0.8 }]
				}
			}
		]
	};
}

/** Weekly CSAT satisfied share, 0–100 %. */
export function csatOption(rows: WeekRow[], p: Palette = lightPalette): TrendOption {
	return {
		...base(rows, p, (r) =>
			r.csat_rate === null
				? 'No survey responses'
				: `${formatPercent(r.csat_rate)} satisfied · ${formatCount(r.csat_satisfied)} of ${formatCount(r.csat_responses)}`
		),
		yAxis: percentAxis(p),
		series: [
			{
				type: 'line',
				name: 'CSAT satisfied',
				encode: { x: 'week', y: 'csat_rate' },
				...symbols(rows),
				lineStyle: { width: 2, color: p.secondary },
				itemStyle: { color: p.secondary }
			}
		]
	};
}

/** Weekly count of tickets recorded as caused by a change. */
export function changeCausedOption(rows: WeekRow[], p: Palette = lightPalette): TrendOption {
	return {
		...base(rows, p, (r) => `${formatCount(r.change_caused)} caused by changes · of ${formatCount(r.tickets)} tickets`),
		yAxis: countAxis(p),
		series: [
			{
				type: 'bar',
				name: 'Change-caused',
				encode: { x: 'week', y: 'change_caused' },
				barMaxWidth: 28,
				itemStyle: { borderRadius: [3, 3, 0, 0], color: partialAware(p.warning) }
			}
		]
	};
}
