// The spread of an occupation's pay beside its headline median: the percentiles published with that
// very median (same period, source, unit and place), never ones from another edition or source.
import type { OccupationMeasure } from '@/lib/content/vocabulary';
import type { RankableFigure } from '../figures';

/** The percentiles of a spread, low to high; the 10th and 90th are required, the others shown where known. */
const SPREAD_MEASURES: readonly OccupationMeasure[] = ['pay-p10', 'pay-p25', 'pay-p75', 'pay-p90'];
const REQUIRED: readonly OccupationMeasure[] = ['pay-p10', 'pay-p90'];

function publishedWith(figure: RankableFigure, median: RankableFigure): boolean {
  return (
    figure.asOf === median.asOf &&
    figure.source === median.source &&
    figure.unit === median.unit &&
    figure.place === median.place
  );
}

/**
 * The 10th to 90th percentile (with the 25th and 75th where known) published with the median, low
 * to high; undefined when the content lacks the 10th or the 90th for that period and source.
 */
export function paySpread<F extends RankableFigure>(
  figures: readonly F[],
  median: RankableFigure,
): F[] | undefined {
  const spread = SPREAD_MEASURES.flatMap((measure) => {
    const match = figures.find(
      (figure) => figure.measure === measure && publishedWith(figure, median),
    );
    return match ? [match] : [];
  });
  const complete = REQUIRED.every((measure) => spread.some((figure) => figure.measure === measure));
  return complete ? spread : undefined;
}
