// The tree-shaken ECharts build the app uses: only the charts and components the
// option builders need. Imported dynamically by Chart.svelte, so never during SSR.
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
	DatasetComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	MarkPointComponent,
	TooltipComponent
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
	BarChart,
	LineChart,
	ScatterChart,
	DatasetComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	MarkPointComponent,
	TooltipComponent,
	CanvasRenderer
]);

export { echarts };
