// The one rule that picks the figure a page shows for an occupation and measure: the newest period
// first; at the same period, the better source. Everything else is an earlier figure or another
// source, shown behind a closed disclosure, never beside the headline.
import { periodOrder } from '../content/period';

export interface RankableFigure {
  /** An OccupationMeasure. */
  measure: string;
  /** A FigureUnit. */
  unit: string;
  asOf: string;
  source: string;
  place?: string | undefined;
}

/** Which figures compete: one measure in one unit, nationally (no place) or for one state. */
export interface FigureQuery {
  measure: string;
  unit: string;
  /** Two-letter state code; absent for the national figure. */
  place?: string | undefined;
}

export interface HeadlineChoice<F> {
  headline: F;
  /** The other figures of the same measure, unit and place, in the same order (best first). */
  others: F[];
}

export function matchesQuery(figure: RankableFigure, query: FigureQuery): boolean {
  return (
    figure.measure === query.measure && figure.unit === query.unit && figure.place === query.place
  );
}

/**
 * The figures of a query, best first: newest period, then better source (lower rank), then the
 * content's order. Figures whose period does not parse sort last (validation rejects them).
 */
export function rankFigures<F extends RankableFigure>(
  figures: readonly F[],
  query: FigureQuery,
  rankOfSource: (sourceId: string) => number,
): F[] {
  return figures
    .filter((figure) => matchesQuery(figure, query))
    .map((figure, index) => ({
      figure,
      index,
      period: periodOrder(figure.asOf) ?? Number.NEGATIVE_INFINITY,
      rank: rankOfSource(figure.source),
    }))
    .sort((a, b) => b.period - a.period || a.rank - b.rank || a.index - b.index)
    .map(({ figure }) => figure);
}

/** The headline figure of a query and the rest; undefined when the content has none. */
export function chooseHeadline<F extends RankableFigure>(
  figures: readonly F[],
  query: FigureQuery,
  rankOfSource: (sourceId: string) => number,
): HeadlineChoice<F> | undefined {
  const [headline, ...others] = rankFigures(figures, query, rankOfSource);
  return headline === undefined ? undefined : { headline, others };
}

/** The hourly figure published with an annual one (same measure, period, source and place). */
export function hourlyCompanion<F extends RankableFigure>(
  figures: readonly F[],
  annual: F,
): F | undefined {
  if (annual.unit !== 'usd-per-year') return undefined;
  return figures.find(
    (figure) =>
      figure.unit === 'usd-per-hour' &&
      figure.measure === annual.measure &&
      figure.asOf === annual.asOf &&
      figure.source === annual.source &&
      figure.place === annual.place,
  );
}
