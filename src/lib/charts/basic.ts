// Pure ECharts option builders for the dashboards' bar, line and scatter charts (rows in,
// option out, via `dataset`), so every view's charts share a look and are tested without a DOM.
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption } from 'echarts/components';
import { formatDay } from '$lib/format';
import { fontFamily, grid, rowTooltip, type ChartComponentOption } from './common';
import { lightPalette, type Palette } from './palette';

export type BasicOption = ComposeOption<BarSeriesOption | LineSeriesOption | ScatterSeriesOption | ChartComponentOption>;

/** One mark: its category label (or trend bucket), value, and how many items are behind it. */
export interface Point {
	label: string;
	value: number | null;
	n?: number;
	[extra: string]: unknown;
}

export interface Band {
	from: number;
	to: number;
	label: string;
}

// Text in tooltips comes from the data (names, categories): escape it, ECharts renders HTML.
export const escapeHtml = (s: string): string =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function tooltip(p: Palette, trigger: 'axis' | 'item', line: (row: Point) => string): TooltipComponentOption {
	return {
		confine: true,
		...rowTooltip<Point>(p, trigger, (row) => escapeHtml(row.label), (row) => escapeHtml(line(row)))
	};
}

const dayLabel = (dates?: boolean) => (v: string) => (dates && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDay(v, false) : v);
const axisText = (p: Palette) => ({ color: p.muted, hideOverlap: true });

export interface BarOptions {
	p?: Palette;
	color?: string;
	format: (v: number) => string;
	/** Tooltip line for a row; defaults to the formatted value. */
	tip?: (r: Point) => string;
	/** Long category names (clients, categories) read better as horizontal bars. */
	horizontal?: boolean;
	/** 0-100 % axis. */
	percent?: boolean;
	/** Categories are dates (trend buckets): label them as days. */
	dates?: boolean;
}

export function barOption(rows: Point[], o: BarOptions): BasicOption {
	const p = o.p ?? lightPalette;
	const category = {
		type: 'category' as const,
		axisTick: { show: false },
		axisLine: { lineStyle: { color: p.axis } },
		axisLabel: { ...axisText(p), width: 140, overflow: 'truncate' as const, formatter: dayLabel(o.dates) }
	};
	const value = {
		type: 'value' as const,
		...(o.percent ? { min: 0, max: 1, interval: 0.2 } : { splitNumber: 4 }),
		axisLabel: { color: p.muted, formatter: (v: number) => o.format(v) },
		splitLine: { lineStyle: { color: p.grid } }
	};
	return {
		animationDuration: 300,
		textStyle: { fontFamily, color: p.text },
		dataset: { source: (o.horizontal ? [...rows].reverse() : rows) as unknown as Record<string, unknown>[] },
		grid,
		tooltip: tooltip(p, 'axis', o.tip ?? ((r) => (r.value === null ? 'no data' : o.format(r.value)))),
		xAxis: o.horizontal ? value : category,
		yAxis: o.horizontal ? { ...category, axisLabel: { ...category.axisLabel, hideOverlap: false } } : value,
		series: [
			{
				type: 'bar',
				encode: o.horizontal ? { x: 'value', y: 'label' } : { x: 'label', y: 'value' },
				barMaxWidth: 26,
				itemStyle: { borderRadius: o.horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0], color: o.color ?? p.primary }
			}
		]
	};
}

export interface LineOptions {
	p?: Palette;
	color?: string;
	format: (v: number) => string;
	tip?: (r: Point) => string;
	/** 0-100 % axis. */
	percent?: boolean;
	band?: Band;
	reference?: { value: number; label: string };
	/** Buckets are dates: label them as days. */
	dates?: boolean;
}

export function lineOption(rows: Point[], o: LineOptions): BasicOption {
	const p = o.p ?? lightPalette;
	const color = o.color ?? p.primary;
	return {
		animationDuration: 300,
		textStyle: { fontFamily, color: p.text },
		dataset: { source: rows as unknown as Record<string, unknown>[] },
		grid,
		tooltip: tooltip(p, 'axis', o.tip ?? ((r) => (r.value === null ? 'no data' : o.format(r.value)))),
		xAxis: {
			type: 'category',
			axisTick: { show: false },
			axisLine: { lineStyle: { color: p.axis } },
			axisLabel: { ...axisText(p), formatter: dayLabel(o.dates) }
		},
		yAxis: {
			type: 'value',
			...(o.percent ? { min: 0, max: 1, interval: 0.2 } : { splitNumber: 4 }),
			axisLabel: { color: p.muted, formatter: (v: number) => o.format(v) },
			splitLine: { lineStyle: { color: p.grid } }
		},
		series: [
			{
				type: 'line',
				encode: { x: 'label', y: 'value' },
				showSymbol: rows.length <= 26,
				symbolSize: 6,
				connectNulls: false,
				lineStyle: { width: 2, color },
				itemStyle: { color },
				...(o.band
					? {
							markArea: {
								silent: true,
								label: { show: false },
								itemStyle: { color: p.band },
								data: [[{ name: o.band.label, yAxis: o.band.from }, { yAxis: o.band.to }]]
							}
						}
					: {}),
				...(o.reference
					? {
							markLine: {
								silent: true,
								symbol: 'none',
								lineStyle: { color: p.reference, type: 'dashed', width: 1 },
								label: { show: false },
								data: [{ name: o.reference.label, yAxis: o.reference.value }]
							}
						}
					: {})
			}
		]
	};
}

export interface ScatterOptions {
	p?: Palette;
	xName: string;
	yName: string;
	format: (v: number) => string;
	tip: (r: Point) => string;
}

/** x and y are 0..1 rates (FCR vs CSAT per agent); the dot's size grows with n. */
export function scatterOption(rows: (Point & { x: number | null; y: number | null })[], o: ScatterOptions): BasicOption {
	const p = o.p ?? lightPalette;
	const axis = (name: string) => ({
		type: 'value' as const,
		name,
		nameLocation: 'middle' as const,
		nameGap: 28,
		nameTextStyle: { color: p.muted },
		scale: true,
		axisLabel: { color: p.muted, formatter: (v: number) => o.format(v) },
		splitLine: { lineStyle: { color: p.grid } }
	});
	const maxN = Math.max(1, ...rows.map((r) => r.n ?? 1));
	return {
		animationDuration: 300,
		textStyle: { fontFamily, color: p.text },
		dataset: { source: rows.filter((r) => r.x !== null && r.y !== null) as unknown as Record<string, unknown>[] },
		grid: { left: 16, right: 16, top: 14, bottom: 30, outerBounds: { left: 2, right: 12, top: 8, bottom: 10 } },
		tooltip: tooltip(p, 'item', o.tip),
		xAxis: axis(o.xName),
		yAxis: { ...axis(o.yName), nameGap: 40 },
		series: [
			{
				type: 'scatter',
				encode: { x: 'x', y: 'y' },
				symbolSize: (row: unknown) => 6 + 10 * Math.sqrt(((row as Point).n ?? 1) / maxN),
				itemStyle: { color: p.primary, opacity: 0.75, borderColor: p.tooltipBg, borderWidth: 1 }
			}
		]
	};
}

export interface MultiLineOptions {
	p?: Palette;
	format: (v: number) => string;
	percent?: boolean;
	dates?: boolean;
}

// Okabe-Ito order after the primary blue: told apart without relying on red/green.
const seriesColours = (p: Palette) => [p.primary, p.warning, p.secondary, '#cc79a7', '#e69f00', '#56b4e9', '#7a6a00', '#999999'];

/** One line per series over shared buckets; dataset columns s0, s1, ... hold the series. */
export function multiLineOption(buckets: string[], series: { name: string; values: (number | null)[] }[], o: MultiLineOptions): BasicOption {
	const p = o.p ?? lightPalette;
	const colours = seriesColours(p);
	const source = buckets.map((b, i) => {
		const row: Record<string, unknown> = { label: b };
		series.forEach((s, j) => (row[`s${j}`] = s.values[i] ?? null));
		return row;
	});
	return {
		animationDuration: 300,
		textStyle: { fontFamily, color: p.text },
		dataset: { source },
		grid,
		tooltip: {
			trigger: 'axis',
			confine: true,
			backgroundColor: p.tooltipBg,
			borderColor: p.tooltipBorder,
			textStyle: { color: p.text, fontFamily, fontSize: 12 },
			formatter: (params) => {
				const list = Array.isArray(params) ? params : [params];
				const row = list[0]?.data as Record<string, unknown> | undefined;
				if (!row) return '';
				const lines = series.map((s, j) => {
					const v = row[`s${j}`] as number | null;
					return `<div><span style="color:${colours[j % colours.length]}">●</span> ${escapeHtml(s.name)}: ${v === null ? '—' : escapeHtml(o.format(v))}</div>`;
				});
				return `<div style="color:${p.muted}">${escapeHtml(dayLabel(o.dates)(String(row.label)))}</div>${lines.join('')}`;
			}
		},
		xAxis: { type: 'category', axisTick: { show: false }, axisLine: { lineStyle: { color: p.axis } }, axisLabel: { ...axisText(p), formatter: dayLabel(o.dates) } },
		yAxis: {
			type: 'value',
			...(o.percent ? { min: 0, max: 1, interval: 0.2 } : { splitNumber: 4 }),
			axisLabel: { color: p.muted, formatter: (v: number) => o.format(v) },
			splitLine: { lineStyle: { color: p.grid } }
		},
		series: series.map((s, j) => ({
			type: 'line' as const,
			name: s.name,
			encode: { x: 'label', y: `s${j}` },
			showSymbol: false,
			connectNulls: false,
			lineStyle: { width: 2, color: colours[j % colours.length] },
			itemStyle: { color: colours[j % colours.length] }
		}))
	};
}

export const seriesColour = (p: Palette, j: number): string => seriesColours(p)[j % 8];
