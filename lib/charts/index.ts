// Generic chart pieces: bar-chart geometry and axis ticks. What the bars stand for is the caller's
// business (lib/outlook).
export {
  BAR_CHART_DEFAULTS,
  describeBars,
  layoutBarChart,
  type BarChartLayout,
  type BarChartOptions,
  type BarDatum,
  type BarGeometry,
  type BarTone,
  type TextLine,
  type TickGeometry,
} from './bar-chart';
export { formatTick, niceStep, scaleLinear, tickValues, valueDomain } from './axis';
export { estimateTextWidth, wrapText } from './text';
