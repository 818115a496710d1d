// The pieces of the /outlook view model: each occupation's headline figures, table rows, summary
// highlights and state sets, formatted and cited in the page's language.
import { cite, viewMeasuredFigure, type HeadlineFigureView } from '../citations';
import type { Occupation, OccupationFigure, SourcedText } from '../content';
import { periodText } from '../content/period';
import { periodName, type HeadlineChoice } from '../figures';
import { formatMessage, type Locale } from '../i18n';
import { isCharted, type OutlookHighlight, type OutlookRow, type StateSet } from './rows';
import type { HighlightView, OutlookTableRow, SourcedTextView, StateSetView } from './view';

export type Row = OutlookRow<Occupation, OccupationFigure>;

function headlineView(
  occupation: Occupation,
  choice: HeadlineChoice<OccupationFigure> | undefined,
  locale: Locale,
): HeadlineFigureView | undefined {
  if (choice === undefined) return undefined;
  const view = (figure: OccupationFigure) =>
    viewMeasuredFigure(occupation.code, figure, occupation.figures, locale);
  return { headline: view(choice.headline), others: choice.others.map(view) };
}

/** The rows of a table; `officialTitle` gives an occupation's title as the government spells it. */
export function tableRows(
  rows: readonly Row[],
  period: string | undefined,
  officialTitle: (code: string) => string,
  locale: Locale,
): OutlookTableRow[] {
  return rows.map((row) => ({
    code: row.occupation.code,
    title: row.occupation.title,
    ...(officialTitle(row.occupation.code) === row.occupation.title
      ? {}
      : { officialTitle: officialTitle(row.occupation.code) }),
    relationLabel: row.relationLabel,
    blsUrl: row.occupation.blsUrl,
    figures: headlineView(row.occupation, row.choice, locale),
    charted: isCharted(row, period),
  }));
}

function sourcedText({ text, source, asOf }: SourcedText, locale: Locale): SourcedTextView {
  return { text, citation: cite(source, asOf, locale) };
}

/** What the summary quotes of one occupation. */
export function highlightView(
  { occupation, growth, openings }: OutlookHighlight<Occupation, OccupationFigure>,
  locale: Locale,
): HighlightView {
  const growthView = headlineView(occupation, growth, locale);
  const openingsView = headlineView(occupation, openings, locale);
  return {
    code: occupation.code,
    title: occupation.title,
    ...(occupation.proxyNote ? { proxyNote: occupation.proxyNote } : {}),
    ...(growthView ? { growth: growthView } : {}),
    ...(openingsView ? { openings: openingsView } : {}),
    notes: (occupation.notes ?? []).map((note) => sourcedText(note, locale)),
    ...(occupation.typicalEducation
      ? { typicalEducation: sourcedText(occupation.typicalEducation, locale) }
      : {}),
  };
}

/** One set of state figures, each figure formatted and cited. */
export function stateSetView(
  code: string,
  set: StateSet<OccupationFigure>,
  locale: Locale,
): StateSetView {
  const view = (figure: OccupationFigure) => viewMeasuredFigure(code, figure, [], locale);
  const [first] = set.states;
  return {
    measureLabel: first ? view(first.figure).measureLabel : set.measure,
    asOf: periodText(periodName(set.asOf), locale),
    states: set.states.map(({ state, figure }) => ({ state, figure: view(figure) })),
    national: set.national ? view(set.national) : undefined,
  };
}

/** What a chart draws, in words: one period only (given in the page's language). */
export function chartNote(
  period: string | undefined,
  words: { chartNone: string; chartNote: string },
): string {
  return period === undefined ? words.chartNone : formatMessage(words.chartNote, { period });
}
