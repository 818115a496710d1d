// Choosing among an occupation's figures: which are national, which measure pay. Every page picks
// figures through these, so a chart, a table and a job-title page agree on what they show.
import type { OccupationMeasure } from '../content/vocabulary';

/** The fields of a figure these selectors read. */
export interface SelectableFigure {
  /** An OccupationMeasure; typed as text because the generated content types enums as strings. */
  measure: string;
  unit: string;
  place?: string | undefined;
}

/** The measures that are pay: a median and an average (mean). */
export const PAY_MEASURES: readonly OccupationMeasure[] = ['median-pay', 'mean-pay'];

export function isPayFigure(figure: SelectableFigure): boolean {
  return PAY_MEASURES.some((measure) => measure === figure.measure);
}

/**
 * The national figures (no place) of the given measures, optionally of one unit only, in the
 * content's order (newest first within a measure).
 */
export function nationalFigures<F extends SelectableFigure>(
  figures: readonly F[],
  measures: readonly OccupationMeasure[],
  unit?: string,
): F[] {
  return figures.filter(
    (figure) =>
      measures.some((measure) => measure === figure.measure) &&
      figure.place === undefined &&
      (unit === undefined || figure.unit === unit),
  );
}
