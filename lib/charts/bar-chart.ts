// Geometry of a horizontal bar chart. Pure: the SVG component (components/charts/bar-chart.tsx) only
// maps these numbers to elements, and the chart knows nothing of what its bars stand for.
//
// Horizontal positions are percentages of the chart's width, so the bars stretch with the screen while
// the text keeps its pixel size. Vertical positions are pixels. Room for the value labels is reserved
// for the narrowest width the chart is drawn at, so a label never runs off a phone screen.
import { scaleLinear, tickValues, valueDomain } from './axis';
import { estimateTextWidth, wrapText } from './text';

/** Bar colours: the site's coder and biller colours, and a neutral one for everything else. */
export type BarTone = 'coder' | 'biller' | 'neutral';

export interface BarDatum {
  id: string;
  tone: BarTone;
  /** The category, on one or more lines above the bar. */
  label: string;
  /** A second, smaller line under the label: what the figure stands for and its date. */
  detail: string;
  value: number;
  /** The value as the bar's label says it, e.g. "$50,250". */
  valueLabel: string;
}

export interface BarChartOptions {
  /** Narrowest width the chart is drawn at, in px. */
  minWidth: number;
  fontSize: number;
  detailFontSize: number;
  barHeight: number;
  /** About how many ticks the axis should have. */
  tickCount: number;
  formatTick: (value: number) => string;
}

export const BAR_CHART_DEFAULTS: Omit<BarChartOptions, 'formatTick'> = {
  // A 360px phone less the page's side padding.
  minWidth: 320,
  fontSize: 14,
  detailFontSize: 12,
  barHeight: 18,
  tickCount: 4,
};

/** Average advance of a character in running words, for wrapping labels. */
const WORD_CHAR_WIDTH = 0.55;
/** Pixels between a bar's end and its value label. */
const VALUE_GAP = 6;
const ROW_GAP = 18;
const LABEL_GAP = 4;
const TOP_PADDING = 4;
const TICK_MARK = 4;
const BAND_OVERHANG = 3;

export interface TextLine {
  text: string;
  /** Baseline, in px from the top. */
  y: number;
}

export interface BarGeometry extends BarDatum {
  labelLines: TextLine[];
  detailLines: TextLine[];
  /** Left edge and width of the bar, in percent of the chart width. */
  x: number;
  width: number;
  /** Top edge and height of the bar, in px. */
  y: number;
  height: number;
  /** The bar's band: where gridlines and the zero line are drawn, clear of the label text. */
  bandTop: number;
  bandBottom: number;
  negative: boolean;
  /** Where the value label is anchored (percent), its offset from there (px) and its alignment. */
  valueX: number;
  valueDx: number;
  valueY: number;
  valueAnchor: 'start' | 'end';
}

export interface TickGeometry {
  value: number;
  label: string;
  /** Percent of the chart width. */
  x: number;
}

export interface BarChartLayout {
  /** Total height in px. */
  height: number;
  /** Where the zero line is, in percent of the chart width. */
  zeroX: number;
  /** The axis line under the last bar, in px. */
  plotBottom: number;
  tickMarkEnd: number;
  tickLabelY: number;
  domain: { min: number; max: number };
  bars: BarGeometry[];
  ticks: TickGeometry[];
  fontSize: number;
  detailFontSize: number;
}

/** Everything the bar chart component draws, computed from the data. */
export function layoutBarChart(
  data: readonly BarDatum[],
  options: Partial<Omit<BarChartOptions, 'formatTick'>> & Pick<BarChartOptions, 'formatTick'>,
): BarChartLayout {
  const { minWidth, fontSize, detailFontSize, barHeight, tickCount, formatTick } = {
    ...BAR_CHART_DEFAULTS,
    ...options,
  };
  const domain = valueDomain(data.map((datum) => datum.value));
  const tickList = tickValues(domain, tickCount);
  const tickLabels = tickList.map(formatTick);

  const widest = (labels: string[]) =>
    Math.max(0, ...labels.map((label) => estimateTextWidth(label, fontSize)));
  const negativeLabels = data.filter((datum) => datum.value < 0).map((d) => d.valueLabel);
  const positiveLabels = data.filter((datum) => datum.value >= 0).map((d) => d.valueLabel);
  const firstTick = tickLabels[0] ?? '';
  const lastTick = tickLabels[tickLabels.length - 1] ?? '';
  const leftRoom = Math.max(
    negativeLabels.length > 0 ? widest(negativeLabels) + VALUE_GAP : 0,
    estimateTextWidth(firstTick, fontSize) / 2,
  );
  const rightRoom = Math.max(
    positiveLabels.length > 0 ? widest(positiveLabels) + VALUE_GAP : 0,
    estimateTextWidth(lastTick, fontSize) / 2,
  );
  const left = (leftRoom / minWidth) * 100;
  const right = 100 - (rightRoom / minWidth) * 100;
  if (right - left < 25) {
    throw new Error('Bar chart: the value labels leave too little room for the bars');
  }
  const scale = scaleLinear(domain, { left, right });
  const zeroX = scale(0);

  const lineHeight = Math.round(fontSize * 1.3);
  const detailLineHeight = Math.round(detailFontSize * 1.35);
  const maxChars = Math.floor(minWidth / (fontSize * WORD_CHAR_WIDTH));
  const detailMaxChars = Math.floor(minWidth / (detailFontSize * WORD_CHAR_WIDTH));

  let cursor = TOP_PADDING;
  const bars = data.map((datum): BarGeometry => {
    const labelLines = wrapText(datum.label, maxChars).map((text) => {
      cursor += lineHeight;
      return { text, y: cursor - (lineHeight - fontSize) };
    });
    const detailLines = wrapText(datum.detail, detailMaxChars).map((text) => {
      cursor += detailLineHeight;
      return { text, y: cursor - (detailLineHeight - detailFontSize) };
    });
    cursor += LABEL_GAP;
    const y = cursor;
    cursor += barHeight + ROW_GAP;

    const negative = datum.value < 0;
    const end = scale(datum.value);
    return {
      ...datum,
      labelLines,
      detailLines,
      x: Math.min(end, zeroX),
      width: Math.abs(end - zeroX),
      y,
      height: barHeight,
      bandTop: y - BAND_OVERHANG,
      bandBottom: y + barHeight + BAND_OVERHANG,
      negative,
      valueX: end,
      valueDx: negative ? -VALUE_GAP : VALUE_GAP,
      valueY: y + barHeight / 2,
      valueAnchor: negative ? 'end' : 'start',
    };
  });

  const plotBottom = cursor - ROW_GAP + BAND_OVERHANG;
  const tickMarkEnd = plotBottom + TICK_MARK;
  const tickLabelY = tickMarkEnd + fontSize + 2;
  return {
    height: tickLabelY + LABEL_GAP * 2,
    zeroX,
    plotBottom,
    tickMarkEnd,
    tickLabelY,
    domain,
    bars,
    ticks: tickList.map((value, index) => ({
      value,
      label: tickLabels[index] ?? '',
      x: scale(value),
    })),
    fontSize,
    detailFontSize,
  };
}

/** The chart in one sentence per bar, for the SVG's accessible description. */
export function describeBars(data: readonly BarDatum[]): string {
  return data.map((datum) => `${datum.label}: ${datum.valueLabel} (${datum.detail}).`).join(' ');
}
