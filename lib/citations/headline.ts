// Headline figures ready to show: the figure the rule picks for an occupation and measure, with its
// label, citation and hourly rate, and the earlier figures and other sources that go behind it.
import { getSource } from '../content';
import {
  chooseHeadline,
  hourlyCompanion,
  measureLabel,
  periodName,
  sourceRank,
  type FigureQuery,
  type RankableFigure,
} from '../figures';
import { formatFigure, type FormattableFigure } from '../format';
import type { Locale } from '../i18n';
import { citeFigure, type CitedFigureView } from './cite';

type ShowableFigure = RankableFigure &
  FormattableFigure & { label?: string | undefined; note?: string | undefined };

/** One occupation figure as a page shows it. */
export interface MeasuredFigureView extends CitedFigureView {
  /** The same figure has the same id wherever it is shown (tests compare them). */
  id: string;
  occupation: string;
  measure: string;
  /** The period without its qualifier: "May 2025", "2025-35". */
  period: string;
  /** What the figure measures, always shown: "Median pay", "Job openings". */
  measureLabel: string;
  place?: string;
  /** The hourly rate published with an annual pay figure: "$24.59 an hour". */
  hourly?: string;
}

export interface HeadlineFigureView {
  headline: MeasuredFigureView;
  /** Earlier editions and other sources of the same measure: shown closed, never beside it. */
  others: MeasuredFigureView[];
}

/** The headline rule's ranking of a source, by its id. */
export function rankOfSource(sourceId: string): number {
  return sourceRank(getSource(sourceId));
}

export function viewMeasuredFigure<F extends ShowableFigure>(
  occupation: string,
  figure: F,
  figures: readonly F[] = [],
  locale: Locale = 'en',
): MeasuredFigureView {
  const hourly = hourlyCompanion(figures, figure);
  return {
    ...citeFigure(figure, { signed: figure.measure === 'growth', locale }),
    id: [
      occupation,
      figure.measure,
      figure.unit,
      figure.place ?? 'US',
      figure.asOf,
      figure.source,
    ].join('|'),
    occupation,
    measure: figure.measure,
    period: periodName(figure.asOf),
    measureLabel: measureLabel(figure, locale),
    ...(figure.place === undefined ? {} : { place: figure.place }),
    ...(hourly ? { hourly: formatFigure(hourly, { locale }) } : {}),
  };
}

/** The headline of an occupation's figures for a query, or undefined when there is none. */
export function viewHeadline<F extends ShowableFigure>(
  occupation: { code: string; figures: readonly F[] },
  query: FigureQuery,
  locale: Locale = 'en',
): HeadlineFigureView | undefined {
  const choice = chooseHeadline(occupation.figures, query, rankOfSource);
  if (choice === undefined) return undefined;
  const view = (figure: F) =>
    viewMeasuredFigure(occupation.code, figure, occupation.figures, locale);
  return { headline: view(choice.headline), others: choice.others.map(view) };
}
