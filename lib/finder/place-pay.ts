// Pay for a place, like with like: a state's newest pay figures, each beside the national figure of
// the same measure, unit and period. A newer national headline is never set beside an older state
// figure; it is returned apart, for a separate, labelled line. Pure, so the build runs it for every
// state and the browser only shows the result.
import {
  chooseHeadline,
  PAY_MEASURES,
  periodOrder,
  rankFigures,
  type RankableFigure,
} from '../figures';

/** Pay is compared by the year: the unit the BLS publishes for every state. */
export const PLACE_PAY_UNIT = 'usd-per-year';

type RankSource = (sourceId: string) => number;

/** The national headline pay figure: the median, or the mean where the content has no median. */
export function nationalPayHeadline<F extends RankableFigure>(
  figures: readonly F[],
  rankOfSource: RankSource,
): F | undefined {
  for (const measure of PAY_MEASURES) {
    const choice = chooseHeadline(figures, { measure, unit: PLACE_PAY_UNIT }, rankOfSource);
    if (choice) return choice.headline;
  }
  return undefined;
}

/** A state figure and the national figure of the same measure, unit and period, if the content has one. */
export interface PairedFigure<F> {
  state: F;
  national?: F;
}

export interface StatePay<F> {
  /** The state's newest pay figures (median first), all of one period, each with its national pair. */
  pairs: PairedFigure<F>[];
  /** The national headline when it is newer than the state's figures: shown apart, never beside them. */
  newerNational?: F;
}

function period(figure: RankableFigure): number {
  return periodOrder(figure.asOf) ?? Number.NEGATIVE_INFINITY;
}

/** The state's pay, like with like; undefined when the content has no pay figure for the state. */
export function statePay<F extends RankableFigure>(
  figures: readonly F[],
  state: string,
  rankOfSource: RankSource,
): StatePay<F> | undefined {
  const headlines = PAY_MEASURES.flatMap((measure) => {
    const choice = chooseHeadline(
      figures,
      { measure, unit: PLACE_PAY_UNIT, place: state },
      rankOfSource,
    );
    return choice ? [choice.headline] : [];
  });
  const newest = Math.max(...headlines.map(period));
  const pairs = headlines
    .filter((figure) => period(figure) === newest)
    .map((figure): PairedFigure<F> => {
      const national = rankFigures(
        figures,
        { measure: figure.measure, unit: figure.unit },
        rankOfSource,
      ).find((candidate) => candidate.asOf === figure.asOf);
      return national ? { state: figure, national } : { state: figure };
    });
  if (pairs.length === 0) return undefined;
  const headline = nationalPayHeadline(figures, rankOfSource);
  return headline && period(headline) > newest ? { pairs, newerNational: headline } : { pairs };
}
