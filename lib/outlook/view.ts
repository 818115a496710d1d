// The /outlook page's view model: the choices of content/outlook.yaml applied to the occupations'
// figures, with every figure formatted and its source resolved, so the views only render.
import { answerLinks, type AnswerLinkView } from '../answers';
import { formatTick, layoutBarChart, type BarChartLayout } from '../charts';
import {
  cite,
  rankOfSource,
  viewMeasuredFigure,
  type Citation,
  type HeadlineFigureView,
  type MeasuredFigureView,
} from '../citations';
import {
  getOccupation,
  getOccupations,
  getOutlookContent,
  getRole,
  getSource,
  type Occupation,
  type OccupationFigure,
  type SourcedText,
} from '../content';
import type { FigureUnit, OutlookRelation } from '../content/vocabulary';
import { periodName, type FigureQuery, type HeadlineChoice } from '../figures';
import { formatFigureAmount } from '../format';
import {
  chartPeriod,
  isCharted,
  outlookBars,
  outlookHighlights,
  outlookRows,
  outlookSelection,
  stateSets,
  type OutlookHighlight,
  type OutlookRow,
  type StateSet,
} from './rows';

/** One occupation of an outlook table: its headline figure and the others behind it. */
export interface OutlookTableRow {
  code: string;
  title: string;
  relationLabel: string;
  blsUrl: string;
  figures: HeadlineFigureView | undefined;
  /** Whether the chart above draws this row's headline (it draws one period only). */
  charted: boolean;
}

/** A sourced sentence with its citation resolved. */
export interface SourcedTextView {
  text: string;
  citation: Citation;
}

/** What the summary says of one occupation. */
export interface HighlightView {
  code: string;
  title: string;
  proxyNote?: string;
  growth?: HeadlineFigureView;
  openings?: HeadlineFigureView;
  notes: SourcedTextView[];
  typicalEducation?: SourcedTextView;
}

/** A card of the summary: its heading and the content's verdict. */
export interface VerdictView {
  title: string;
  occupationNote?: string | undefined;
  verdict?: string | undefined;
}

export interface OutlookSummaryView {
  coders: VerdictView;
  billers: VerdictView;
  openings: VerdictView;
  stepUps: VerdictView;
  highlights: Record<OutlookRelation, HighlightView[]>;
}

export interface OutlookChartView {
  /** The one period the chart draws, e.g. "May 2025"; absent when nothing is published. */
  period: string | undefined;
  /** What the chart draws, in words: one period only, so its bars compare like with like. */
  note: string;
  rows: OutlookTableRow[];
  layout: BarChartLayout;
}

/** One set of state figures: one measure, period and source, beside the national figure that matches. */
export interface StateSetView {
  measureLabel: string;
  asOf: string;
  states: { state: string; figure: MeasuredFigureView }[];
  national: MeasuredFigureView | undefined;
}

export interface StateWagesView {
  occupation: { code: string; title: string; oewsUrl: string };
  /** The newest set first; the older ones go behind a disclosure. */
  sets: StateSetView[];
}

export interface OutlookView {
  intro: string;
  summary: OutlookSummaryView;
  pay: OutlookChartView;
  growth: OutlookChartView;
  openings: OutlookTableRow[];
  coderStates: StateWagesView;
  aboutFigures: string[];
  /** The straight answers to the questions pay and outlook raise. */
  questions: AnswerLinkView[];
}

type Row = OutlookRow<Occupation, OccupationFigure>;

function headlineView(
  occupation: Occupation,
  choice: HeadlineChoice<OccupationFigure> | undefined,
): HeadlineFigureView | undefined {
  if (choice === undefined) return undefined;
  const view = (figure: OccupationFigure) =>
    viewMeasuredFigure(occupation.code, figure, occupation.figures);
  return { headline: view(choice.headline), others: choice.others.map(view) };
}

function tableRows(rows: readonly Row[], period: string | undefined): OutlookTableRow[] {
  return rows.map((row) => ({
    code: row.occupation.code,
    title: row.occupation.title,
    relationLabel: row.relationLabel,
    blsUrl: row.occupation.blsUrl,
    figures: headlineView(row.occupation, row.choice),
    charted: isCharted(row, period),
  }));
}

function sourcedText({ text, source, asOf }: SourcedText): SourcedTextView {
  return { text, citation: cite(source, asOf) };
}

function highlightView({
  occupation,
  growth,
  openings,
}: OutlookHighlight<Occupation, OccupationFigure>): HighlightView {
  const growthView = headlineView(occupation, growth);
  const openingsView = headlineView(occupation, openings);
  return {
    code: occupation.code,
    title: occupation.title,
    ...(occupation.proxyNote ? { proxyNote: occupation.proxyNote } : {}),
    ...(growthView ? { growth: growthView } : {}),
    ...(openingsView ? { openings: openingsView } : {}),
    notes: (occupation.notes ?? []).map(sourcedText),
    ...(occupation.typicalEducation
      ? { typicalEducation: sourcedText(occupation.typicalEducation) }
      : {}),
  };
}

function stateSetView(code: string, set: StateSet<OccupationFigure>): StateSetView {
  const view = (figure: OccupationFigure) => viewMeasuredFigure(code, figure);
  const [first] = set.states;
  return {
    measureLabel: first ? view(first.figure).measureLabel : set.measure,
    asOf: periodName(set.asOf),
    states: set.states.map(({ state, figure }) => ({ state, figure: view(figure) })),
    national: set.national ? view(set.national) : undefined,
  };
}

function chartNote(period: string | undefined): string {
  return period === undefined
    ? 'No figure is published here yet.'
    : `Every bar is a ${period} figure, so the bars compare like with like. A job whose newest figure is from another time is not in the chart. The table below lists it, with its source and date.`;
}

/** The /outlook charts, tables and summary: pay, projected growth and openings of its occupations. */
export function getOutlook(): OutlookView {
  const content = getOutlookContent();
  const selection = outlookSelection(content.groups);
  const occupations = getOccupations();
  const isSecondary = (sourceId: string) => getSource(sourceId).standing === 'secondary';
  const rowsOf = (query: FigureQuery) => outlookRows(occupations, query, selection, rankOfSource);
  const chart = (rows: readonly Row[], unit: FigureUnit, signed: boolean): OutlookChartView => {
    const period = chartPeriod(rows);
    const bars = outlookBars(rows, period, {
      formatValue: (figure) => formatFigureAmount(figure, { signed }),
      isSecondary,
    });
    return {
      period,
      note: chartNote(period),
      rows: tableRows(rows, period),
      layout: layoutBarChart(bars, { formatTick: (value) => formatTick(value, unit) }),
    };
  };
  const growthRows = rowsOf({ measure: 'growth', unit: 'percent' });
  const openingsRows = rowsOf({ measure: 'openings', unit: 'count-per-year' });
  const highlights = outlookHighlights(growthRows, openingsRows);
  const coders = getOccupation(getRole('coder').occupation);
  const { coders: coderVerdict, billers, openings, stepUps } = content.summary;
  return {
    intro: content.intro,
    summary: {
      coders: coderVerdict,
      billers,
      openings,
      stepUps,
      highlights: {
        coder: highlights.coder.map(highlightView),
        biller: highlights.biller.map(highlightView),
        'step-up': highlights['step-up'].map(highlightView),
        neighbor: highlights.neighbor.map(highlightView),
      },
    },
    pay: chart(rowsOf({ measure: 'median-pay', unit: 'usd-per-year' }), 'usd-per-year', false),
    growth: chart(growthRows, 'percent', true),
    openings: tableRows(openingsRows, undefined),
    coderStates: {
      occupation: { code: coders.code, title: coders.title, oewsUrl: coders.oewsUrl },
      sets: stateSets(coders.figures, ['median-pay', 'mean-pay'], 'usd-per-year', rankOfSource).map(
        (set) => stateSetView(coders.code, set),
      ),
    },
    aboutFigures: content.aboutFigures,
    questions: answerLinks(content.questions, 'en'),
  };
}
