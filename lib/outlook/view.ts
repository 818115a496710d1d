// The /outlook page's view model: the choices of content/outlook.yaml applied to the occupations'
// figures, with every figure formatted and its source resolved, so the views only render.
import { formatTick, layoutBarChart, type BarChartLayout } from '../charts';
import { cite, citeFigure, type Citation, type CitedFigureView } from '../citations';
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
import type { FigureUnit, OccupationMeasure, OutlookRelation } from '../content/vocabulary';
import { nationalFigures } from '../figures';
import { formatAmount } from '../format';
import {
  outlookBars,
  outlookHighlights,
  outlookRows,
  outlookSelection,
  stateFigures,
  type OutlookHighlight,
  type OutlookRow,
} from './rows';

/** One occupation of an outlook table: every figure of the measure, newest (charted) first. */
export interface OutlookTableRow {
  code: string;
  title: string;
  relationLabel: string;
  blsUrl: string;
  figures: CitedFigureView[];
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
  growth?: CitedFigureView;
  primaryGrowth?: CitedFigureView;
  openings?: CitedFigureView;
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
  rows: OutlookTableRow[];
  layout: BarChartLayout;
}

export interface StateWagesView {
  occupation: { code: string; title: string; oewsUrl: string };
  states: { state: string; figure: CitedFigureView }[];
  /** The national figures of the same measure, for comparison. */
  national: CitedFigureView[];
}

export interface OutlookView {
  intro: string;
  summary: OutlookSummaryView;
  pay: OutlookChartView;
  growth: OutlookChartView;
  openings: OutlookTableRow[];
  coderStates: StateWagesView;
  aboutFigures: string[];
}

type Row = OutlookRow<Occupation, OccupationFigure>;

function tableRows(rows: readonly Row[], signed: boolean): OutlookTableRow[] {
  return rows.map(({ occupation, relationLabel, figures }) => ({
    code: occupation.code,
    title: occupation.title,
    relationLabel,
    blsUrl: occupation.blsUrl,
    figures: figures.map((figure) => citeFigure(figure, { signed })),
  }));
}

function sourcedText({ text, source, asOf }: SourcedText): SourcedTextView {
  return { text, citation: cite(source, asOf) };
}

function highlightView({
  occupation,
  growth,
  primaryGrowth,
  openings,
}: OutlookHighlight<Occupation, OccupationFigure>): HighlightView {
  return {
    code: occupation.code,
    title: occupation.title,
    ...(occupation.proxyNote ? { proxyNote: occupation.proxyNote } : {}),
    ...(growth ? { growth: citeFigure(growth, { signed: true }) } : {}),
    ...(primaryGrowth ? { primaryGrowth: citeFigure(primaryGrowth, { signed: true }) } : {}),
    ...(openings ? { openings: citeFigure(openings) } : {}),
    notes: (occupation.notes ?? []).map(sourcedText),
    ...(occupation.typicalEducation
      ? { typicalEducation: sourcedText(occupation.typicalEducation) }
      : {}),
  };
}

/** The /outlook charts, tables and summary: pay, projected growth and openings of its occupations. */
export function getOutlook(): OutlookView {
  const content = getOutlookContent();
  const selection = outlookSelection(content.groups);
  const occupations = getOccupations();
  const isSecondary = (sourceId: string) => getSource(sourceId).standing === 'secondary';
  const rowsOf = (measure: OccupationMeasure, unit: FigureUnit) =>
    outlookRows(occupations, measure, unit, selection);
  const chart = (rows: readonly Row[], unit: FigureUnit, signed: boolean): OutlookChartView => {
    const bars = outlookBars(rows, {
      formatValue: (figure) => formatAmount(figure.value, figure.unit, { signed }),
      isSecondary,
    });
    return {
      rows: tableRows(rows, signed),
      layout: layoutBarChart(bars, { formatTick: (value) => formatTick(value, unit) }),
    };
  };
  const growthRows = rowsOf('growth', 'percent');
  const openingsRows = rowsOf('openings', 'count-per-year');
  const highlights = outlookHighlights(growthRows, openingsRows, isSecondary);
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
    pay: chart(rowsOf('median-pay', 'usd-per-year'), 'usd-per-year', false),
    growth: chart(growthRows, 'percent', true),
    openings: tableRows(openingsRows, false),
    coderStates: {
      occupation: { code: coders.code, title: coders.title, oewsUrl: coders.oewsUrl },
      states: stateFigures(coders.figures, 'mean-pay').map(({ state, figure }) => ({
        state,
        figure: citeFigure(figure),
      })),
      national: nationalFigures(coders.figures, ['mean-pay']).map((figure) => citeFigure(figure)),
    },
    aboutFigures: content.aboutFigures,
  };
}
