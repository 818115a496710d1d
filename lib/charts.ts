// Geometry of the horizontal bar charts on /outlook, and the rows they are drawn from. Pure: the SVG
// component only maps these numbers to elements.
//
// Horizontal positions are percentages of the chart's width, so the bars stretch with the screen while
// the text keeps its pixel size. Vertical positions are pixels. Room for the value labels is reserved
// for the narrowest width the chart is drawn at, so a label never runs off a phone screen.
import { nationalFigures } from './figures';
import type { FigureUnit, OccupationMeasure } from './content/vocabulary';
import { isUsStateCode, US_STATES } from './us-states';

/** How an occupation on the outlook page relates to the two careers. */
export type OccupationRelation = 'coder' | 'biller' | 'step-up' | 'neighbor';

export interface OutlookOccupation {
  code: string;
  relation: OccupationRelation;
}

/** The occupations /outlook shows, in the order of every chart and table on it. */
export const OUTLOOK_OCCUPATIONS: readonly OutlookOccupation[] = [
  { code: '29-2072', relation: 'coder' },
  { code: '43-3021', relation: 'biller' },
  { code: '29-9021', relation: 'step-up' },
  { code: '11-9111', relation: 'step-up' },
  { code: '43-3011', relation: 'neighbor' },
  { code: '43-6013', relation: 'neighbor' },
];

/** A short phrase for the chart's second label line and the tables. */
export const RELATION_LABELS: Readonly<Record<OccupationRelation, string>> = {
  coder: 'Coders',
  biller: 'Billers (proxy: all billing clerks)',
  'step-up': 'A step up',
  neighbor: 'A neighboring job',
};

interface RowFigure {
  value: number;
  unit: FigureUnit;
  asOf: string;
  source: string;
  measure: string;
  place?: string | undefined;
}

interface RowOccupation<F extends RowFigure> {
  code: string;
  title: string;
  figures: readonly F[];
}

export interface OutlookRow<O, F> {
  occupation: O;
  relation: OccupationRelation;
  /** Every national figure of the measure, newest first (the content's order). */
  figures: F[];
  /** The figure the chart draws: the newest. Absent when none is published here yet. */
  charted: F | undefined;
}

/** One row per outlook occupation for a measure, in OUTLOOK_OCCUPATIONS order. */
export function outlookRows<O extends RowOccupation<RowFigure>>(
  occupations: readonly O[],
  measure: OccupationMeasure,
  unit: FigureUnit,
  selection: readonly OutlookOccupation[] = OUTLOOK_OCCUPATIONS,
): OutlookRow<O, O['figures'][number]>[] {
  return selection.map(({ code, relation }) => {
    const occupation = occupations.find((candidate) => candidate.code === code);
    if (occupation === undefined) throw new Error(`Outlook: occupation "${code}" not found`);
    const figures = nationalFigures(occupation.figures, [measure], unit);
    return { occupation, relation, figures, charted: figures[0] };
  });
}

/** The chart's bars from outlook rows; rows with nothing published are left out (the table says so). */
export function outlookBars<F extends RowFigure, O extends RowOccupation<F>>(
  rows: readonly OutlookRow<O, F>[],
  describe: { formatValue: (figure: F) => string; isSecondary: (sourceId: string) => boolean },
): BarDatum[] {
  return rows.flatMap(({ occupation, relation, charted }) => {
    if (charted === undefined) return [];
    const standing = describe.isSecondary(charted.source) ? ' · secondary source' : '';
    return [
      {
        id: occupation.code,
        tone: RELATION_TONES[relation],
        label: occupation.title,
        detail: `${RELATION_LABELS[relation]} · ${charted.asOf}${standing}`,
        value: charted.value,
        valueLabel: describe.formatValue(charted),
      },
    ];
  });
}

/** The newest figure whose source is primary, to show beside a newer secondary one. */
export function newestPrimary<F extends { source: string }>(
  figures: readonly F[],
  isSecondary: (sourceId: string) => boolean,
): F | undefined {
  return figures.find((figure) => !isSecondary(figure.source));
}

export interface OutlookHighlight<O, F> {
  occupation: O;
  relation: OccupationRelation;
  /** The newest projected change in jobs. */
  growth: F | undefined;
  /** When the newest projection is from a secondary source: the newest one from a primary source. */
  primaryGrowth: F | undefined;
  openings: F | undefined;
}

/** The figures the page's short summary quotes, grouped by relation, in the rows' order. */
export function outlookHighlights<F extends RowFigure, O extends RowOccupation<F>>(
  growthRows: readonly OutlookRow<O, F>[],
  openingsRows: readonly OutlookRow<O, F>[],
  isSecondary: (sourceId: string) => boolean,
): Record<OccupationRelation, OutlookHighlight<O, F>[]> {
  const highlights = growthRows.map(({ occupation, relation, figures, charted }) => ({
    occupation,
    relation,
    growth: charted,
    primaryGrowth:
      charted !== undefined && isSecondary(charted.source)
        ? newestPrimary(figures, isSecondary)
        : undefined,
    openings: openingsRows.find((row) => row.occupation.code === occupation.code)?.charted,
  }));
  const withRelation = (relation: OccupationRelation) =>
    highlights.filter((highlight) => highlight.relation === relation);
  return {
    coder: withRelation('coder'),
    biller: withRelation('biller'),
    'step-up': withRelation('step-up'),
    neighbor: withRelation('neighbor'),
  };
}

/** State figures of one measure with the state's name, in alphabetical order of the name. */
export function stateFigures<F extends RowFigure>(
  figures: readonly F[],
  measure: OccupationMeasure,
): { state: string; figure: F }[] {
  return figures
    .flatMap((figure) => {
      if (figure.measure !== measure || figure.place === undefined) return [];
      const state = isUsStateCode(figure.place) ? US_STATES[figure.place] : figure.place;
      return [{ state, figure }];
    })
    .sort((a, b) => a.state.localeCompare(b.state, 'en'));
}

/** Bar colours: the site's coder and biller colours, and a neutral one for every other occupation. */
export type BarTone = 'coder' | 'biller' | 'neutral';

export const RELATION_TONES: Readonly<Record<OccupationRelation, BarTone>> = {
  coder: 'coder',
  biller: 'biller',
  'step-up': 'neutral',
  neighbor: 'neutral',
};

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

/** Average advance of characters as a share of the font size, on the generous side for bold text. */
const NARROW_CHARS = /[.,:;'|!ijlt\-() ]/;
const WIDE_CHARS = /[%MW@]/;
const CHAR_WIDTH = { narrow: 0.35, normal: 0.62, wide: 0.95 } as const;
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

/** A rough width of a text in px; charts have no text measurement on the server. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (NARROW_CHARS.test(char)) ems += CHAR_WIDTH.narrow;
    else if (WIDE_CHARS.test(char)) ems += CHAR_WIDTH.wide;
    else ems += CHAR_WIDTH.normal;
  }
  return ems * fontSize;
}

/** Splits a label into lines of at most maxChars, at spaces; a longer word keeps a line to itself. */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= maxChars || line === '') {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The smallest "round" step (1, 2, 2.5 or 5 times a power of ten) that is at least roughStep. */
export function niceStep(roughStep: number): number {
  if (!(roughStep > 0) || !Number.isFinite(roughStep)) {
    throw new Error(`niceStep: expected a positive number, got ${roughStep}`);
  }
  const power = 10 ** Math.floor(Math.log10(roughStep));
  const multiple = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= roughStep * 0.9999);
  return (multiple ?? 10) * power;
}

/** The values an axis spans: the data and zero, since bars start at zero. */
export function valueDomain(values: readonly number[]): { min: number; max: number } {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  // An all-zero chart still needs a span to divide by.
  return min === max ? { min: 0, max: 1 } : { min, max };
}

/** Tick values: multiples of a nice step that lie inside the domain, zero included. */
export function tickValues(domain: { min: number; max: number }, count: number): number[] {
  const step = niceStep((domain.max - domain.min) / Math.max(1, count));
  // Round away floating-point dust (0.1 + 0.2) at the step's own precision.
  const decimals = Math.min(20, Math.max(0, -Math.floor(Math.log10(step)) + 1));
  const ticks: number[] = [];
  for (let index = Math.ceil(domain.min / step); index * step <= domain.max; index += 1) {
    ticks.push(Number((index * step).toFixed(decimals)) + 0);
  }
  return ticks;
}

/** Maps a value to percent of the chart width, between the plot's left and right edges. */
export function scaleLinear(
  domain: { min: number; max: number },
  range: { left: number; right: number },
): (value: number) => number {
  return (value) =>
    range.left + ((value - domain.min) / (domain.max - domain.min)) * (range.right - range.left);
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

const compactDollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** Axis labels: "$50K" for money, "10%" for percentages, plain numbers otherwise. */
export function formatTick(value: number, unit: FigureUnit): string {
  switch (unit) {
    case 'usd-per-year':
    case 'usd':
      return compactDollars.format(value);
    case 'percent':
      return `${value}%`;
    default:
      return String(value);
  }
}
