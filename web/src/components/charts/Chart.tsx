/**
 * One ECharts chart: only the charts and components the console uses are registered (from `echarts/core`, to
 * keep the chunk small), with the Vietnamese locale registered as `VI`; the chart follows the console's
 * language. The canvas is described to assistive technology by `label` (the page also shows the same numbers
 * as a table).
 */
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { currentLang } from '../../i18n';
import { ECHARTS_VI } from './echarts-vi';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
echarts.registerLocale('VI', ECHARTS_VI);

/** The chart's props. */
export interface ChartProps {
  /** ECharts option. */
  readonly option: EChartsCoreOption;
  /** Accessible name of the chart. */
  readonly label: string;
  readonly height?: number;
  readonly testId?: string;
}

/** The chart. */
export function Chart({ option, label, height = 260, testId }: ChartProps): React.JSX.Element {
  const lang = currentLang();
  return (
    <div role="img" aria-label={label} data-testid={testId}>
      <ReactEChartsCore key={lang} echarts={echarts} option={option} notMerge style={{ height }} opts={{ locale: lang === 'vi' ? 'VI' : 'EN', renderer: 'canvas' }} />
    </div>
  );
}
