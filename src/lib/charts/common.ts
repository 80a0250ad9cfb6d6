// What the ECharts option builders of basic.ts and trend.ts share: the font, the plot grid and
// the tooltip box (a muted heading over a bold line for the row under the pointer).
import type {
	DatasetComponentOption,
	GridComponentOption,
	MarkAreaComponentOption,
	MarkLineComponentOption,
	MarkPointComponentOption,
	TooltipComponentOption
} from 'echarts/components';
import type { Palette } from './palette';

/** The ECharts components every chart of the dashboards may use, besides its series. */
export type ChartComponentOption =
	| DatasetComponentOption
	| GridComponentOption
	| TooltipComponentOption
	| MarkAreaComponentOption
	| MarkLineComponentOption
	| MarkPointComponentOption;

export const fontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

// ECharts 6 shrinks the grid so axis labels stay inside outerBounds; its label height
// estimate runs short for some system fonts, hence the explicit bottom margin.
export const grid = { left: 4, right: 14, top: 14, bottom: 4, outerBounds: { left: 2, right: 12, top: 8, bottom: 10 } };

/** The tooltip of one row of the dataset; head and line return HTML, escaped by the caller. */
export function rowTooltip<Row>(
	p: Palette,
	trigger: 'axis' | 'item',
	head: (row: Row) => string,
	line: (row: Row) => string
): TooltipComponentOption {
	return {
		trigger,
		axisPointer: { type: 'shadow', shadowStyle: { color: 'rgba(120, 130, 150, 0.08)' } },
		backgroundColor: p.tooltipBg,
		borderColor: p.tooltipBorder,
		textStyle: { color: p.text, fontFamily, fontSize: 12 },
		formatter: (params) => {
			const first = Array.isArray(params) ? params[0] : params;
			const row = first?.data as Row | undefined;
			if (!row) return '';
			return `<div style="color:${p.muted}">${head(row)}</div><div style="font-weight:600">${line(row)}</div>`;
		}
	};
}
