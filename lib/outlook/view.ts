// The /outlook page's view model: the choices of content/outlook.yaml applied to the occupations'
// figures, with every figure formatted and its source resolved, so the views only render.
import { answerLinks, type AnswerLinkView } from '../answers';
import { formatTick, layoutBarChart, type BarChartLayout } from '../charts';
import {
  rankOfSource,
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
} from '../content';
import { periodText } from '../content/period';
import type { FigureUnit, OutlookRelation } from '../content/vocabulary';
import type { FigureQuery } from '../figures';
import { formatFigureAmount } from '../format';
import type { Locale } from '../i18n';
import { getMessages } from '../i18n/messages';
import { chartNote, highlightView, stateSetView, tableRows, type Row } from './figure-views';
import {
  chartPeriod,
  outlookBars,
  outlookHighlights,
  outlookRows,
  outlookSelection,
  stateSets,
  type OutlookHighlight,
} from './rows';

/** One occupation of an outlook table: its headline figure and the others behind it. */
export interface OutlookTableRow {
  code: string;
  title: string;
  /** The title as the government spells it (in English), when the page's language differs. */
  officialTitle?: string;
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

/** The /outlook charts, tables and summary: pay, projected growth and openings of its occupations. */
export function getOutlook(locale: Locale): OutlookView {
  const words = getMessages(locale).outlook;
  const content = getOutlookContent(locale);
  const selection = outlookSelection(content.groups);
  const occupations = getOccupations(locale);
  const officialTitle = (code: string) => getOccupation(code, 'en').title;
  const isSecondary = (sourceId: string) => getSource(sourceId).standing === 'secondary';
  const rowsOf = (query: FigureQuery) => outlookRows(occupations, query, selection, rankOfSource);
  const chart = (rows: readonly Row[], unit: FigureUnit, signed: boolean): OutlookChartView => {
    const period = chartPeriod(rows);
    const bars = outlookBars(rows, period, {
      formatValue: (figure) => formatFigureAmount(figure, { signed, locale }),
      isSecondary,
      secondaryDetail: words.secondaryDetail,
    });
    return {
      period: period === undefined ? undefined : periodText(period, locale),
      note: chartNote(period === undefined ? undefined : periodText(period, locale), words),
      rows: tableRows(rows, period, officialTitle, locale),
      layout: layoutBarChart(bars, { formatTick: (value) => formatTick(value, unit) }),
    };
  };
  const growthRows = rowsOf({ measure: 'growth', unit: 'percent' });
  const openingsRows = rowsOf({ measure: 'openings', unit: 'count-per-year' });
  const highlights = outlookHighlights(growthRows, openingsRows);
  const view = (highlight: OutlookHighlight<Occupation, OccupationFigure>) =>
    highlightView(highlight, locale);
  const coders = getOccupation(getRole('coder', locale).occupation, locale);
  const { coders: coderVerdict, billers, openings, stepUps } = content.summary;
  return {
    intro: content.intro,
    summary: {
      coders: coderVerdict,
      billers,
      openings,
      stepUps,
      highlights: {
        coder: highlights.coder.map(view),
        biller: highlights.biller.map(view),
        'step-up': highlights['step-up'].map(view),
        neighbor: highlights.neighbor.map(view),
      },
    },
    pay: chart(rowsOf({ measure: 'median-pay', unit: 'usd-per-year' }), 'usd-per-year', false),
    growth: chart(growthRows, 'percent', true),
    openings: tableRows(openingsRows, undefined, officialTitle, locale),
    coderStates: {
      occupation: { code: coders.code, title: coders.title, oewsUrl: coders.oewsUrl },
      sets: stateSets(coders.figures, ['median-pay', 'mean-pay'], 'usd-per-year', rankOfSource).map(
        (set) => stateSetView(coders.code, set, locale),
      ),
    },
    aboutFigures: content.aboutFigures,
    questions: answerLinks(content.questions, locale),
  };
}
